package dev.outreach.core;

import static dev.outreach.core.ValueTypesTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values {@link Moment#parse} reads from a text of a documented shape, at the edge of each
 * field's range: the days of each month and leap years, hours, minutes, seconds, fractions and
 * offsets, as java.time's strict ISO parsers take them.
 */
class MomentParseValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2000-02-29", "0000-02-29", "2023-02-28", "2022-01-31", "2022-03-31",
        "2022-04-30", "2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30", "2022-10-31",
        "2022-11-30", "2022-12-31", "0000-01-01", "9999-12-31"})
    void readsEveryDayThatExists(String text) {
        assertThat(Moment.parse(text).date()).hasToString(text);
        assertThat(Moment.parse(text).hasTime()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "1900-02-29", "2022-02-30", "2022-04-31", "2022-06-31", "2022-09-31",
        "2022-11-31", "2022-01-32", "2022-01-00", "2022-00-10", "2022-13-01", "2022-04-31T10:00Z",
        "2023-02-29T10:00+07:00", "2022-10-04T24:00Z", "2022-10-04T23:60Z", "2022-10-04T23:59:60Z",
        "2022-10-04T12:00+18:01", "2022-10-04T12:00-18:00:01", "2022-10-04T12:00+19:00", "2022-10-04T12:00+07:60",
        "2022-10-04T12:00+07:00:60", "2022-10-04T24:00", "2022-10-04T23:60", "2022-10-04T23:59:60",
        "2022-02-30T10:00", "2022-13-04T10:00:00.5"})
    void refusesAValueOutOfItsRange(String text) {
        assertRejected(() -> Moment.parse(text), "Moment", "outreach.moment.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-10-04T23:59", "2022-10-04T00:00:59", "2022-10-04T12:00:00.5", "2024-02-29T10:00"})
    void asksForTheOffsetOfAnExistingDateTime(String text) {
        assertRejected(() -> Moment.parse(text), "Moment", "outreach.moment.offsetRequired");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2022-10-04T23:59:59+07:00|2022|10|4|23|59|59|0|25200",
        "2022-10-04T00:00Z|2022|10|4|0|0|0|0|0",
        "2022-10-04T12:00-00:00|2022|10|4|12|0|0|0|0",
        "2022-10-04T12:00+18:00|2022|10|4|12|0|0|0|64800",
        "2022-10-04T12:00-18:00|2022|10|4|12|0|0|0|-64800",
        "2022-10-04T12:00+17:59:59|2022|10|4|12|0|0|0|64799",
        "2022-10-04T12:00-07:59:59|2022|10|4|12|0|0|0|-28799",
        "2022-10-04T12:00+05:45|2022|10|4|12|0|0|0|20700",
        "2022-10-04T12:00:00.5+07:00|2022|10|4|12|0|0|500000000|25200",
        "2022-10-04T12:00:01.000000001Z|2022|10|4|12|0|1|1|0",
        "2022-10-04T12:00:01.123456789Z|2022|10|4|12|0|1|123456789|0",
        "2022-10-04T12:00:01.05Z|2022|10|4|12|0|1|50000000|0",
        "9999-12-31T23:59:59.999999999-18:00|9999|12|31|23|59|59|999999999|-64800",
        "0000-01-01T00:00+14:00|0|1|1|0|0|0|0|50400"})
    void readsEachFieldOfADateTime(String text, int year, int month, int day, int hour, int minute, int second,
            int nano, int offset) {
        assertThat(Moment.parse(text).dateTime()).contains(OffsetDateTime.of(year, month, day, hour, minute, second,
                nano, ZoneOffset.ofTotalSeconds(offset)));
        assertThat(Moment.parse(text).offset()).contains(ZoneOffset.ofTotalSeconds(offset));
    }
}
