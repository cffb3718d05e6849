package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.eventBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Moments hold only what the format can write and read back, never throw java.time's own
 * exceptions, and compare a day with a date-time however the day is read.
 */
class MomentRulesTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void refusesYearsTheFormatCannotHold() {
        for (ThrowingCallable building : new ThrowingCallable[] {
            () -> Moment.ofDate(10000, 1, 1), () -> Moment.ofDate(-1, 12, 31), () -> Moment.ofDate(LocalDate.MAX),
            () -> Moment.ofDate(LocalDate.MIN), () -> Moment.ofDate(LocalDate.of(10000, 1, 1)),
            () -> Moment.of(OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
            () -> Moment.of(OffsetDateTime.MIN), () -> Moment.of(OffsetDateTime.MAX),
            () -> Moment.of(LocalDateTime.of(-5, 1, 1, 12, 0), IndonesianTimeZone.WIB)}) {
            Violation violation = assertViolation(building, "", "must be in the years 0000 to 9999");
            assertThat(violation.messageKey()).isEqualTo("outreach.moment.outOfRange");
            assertThat(violation.message(INDONESIAN)).isEqualTo("harus berada pada tahun 0000 sampai 9999");
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1, 0000-01-01", "9999, 12, 31, 9999-12-31", "1, 1, 1, 0001-01-01"})
    void whatBuildsAtTheEdgesReadsBack(int year, int month, int day, String text) {
        Moment moment = Moment.ofDate(year, month, day);

        assertThat(moment).hasToString(text);
        assertThat(Moment.parse(moment.toString())).isEqualTo(moment);
        Moment latest = Moment.of(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(-18)));
        assertThat(Moment.parse(latest.toString())).isEqualTo(latest);
        Moment earliest = Moment.of(OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(18)));
        assertThat(Moment.parse(earliest.toString())).isEqualTo(earliest);
    }

    @ParameterizedTest
    @CsvSource({"2023, 2, 30", "2023, 2, 29", "2022, 13, 1", "2022, 0, 1", "2022, 4, 31", "2022, 1, 0"})
    void refusesDatesThatDoNotExistWithTheModelsException(int year, int month, int day) {
        Violation violation = assertViolation(() -> Moment.ofDate(year, month, day), "",
                "names a date or time that does not exist");

        assertThat(violation.messageKey()).isEqualTo("outreach.moment.nonexistent");
        assertThat(violation.message(INDONESIAN)).isEqualTo("menyebut tanggal atau waktu yang tidak ada");
    }

    @Test
    void acceptsAnEndDateTimeThatFallsOnTheStartDayInSomeOffset() {
        // 23:30Z on the 4th is 07:30 on the 5th in WITA.
        Event event = eventBuilder("wcce-2022").start(Moment.ofDate(2022, 10, 5))
                .end(Moment.parse("2022-10-04T23:30Z")).build();

        assertThat(event.end()).contains(Moment.parse("2022-10-04T23:30Z"));
        // The 5th starts first in UTC+14, at 10:00Z on the 4th.
        assertThat(eventBuilder("e").start(Moment.ofDate(2022, 10, 5)).end(Moment.parse("2022-10-04T10:00Z")).build()
                .end()).isPresent();
    }

    @Test
    void refusesAnEndDateTimeBeforeTheStartDayEverywhere() {
        Violation violation = assertViolation(() -> eventBuilder("wcce-2022").start(Moment.ofDate(2022, 10, 5))
                .end(Moment.parse("2022-10-04T09:59Z")).build(), "/end", "must not be before the start");

        assertThat(violation.message(INDONESIAN)).isNotEqualTo(violation.message());
    }

    @Test
    void acceptsAnEndDayOnWhichTheStartDateTimeFallsInSomeOffset() {
        // 2022-10-05T10:00Z is still the 4th until 12:00Z in UTC-12.
        assertThat(eventBuilder("e").start(Moment.parse("2022-10-05T11:59Z")).end(Moment.ofDate(2022, 10, 4)).build()
                .end()).contains(Moment.ofDate(2022, 10, 4));
    }

    @Test
    void refusesAnEndDayThatHasEndedEverywhereBeforeTheStart() {
        assertViolation(() -> eventBuilder("e").start(Moment.parse("2022-10-05T12:00Z"))
                .end(Moment.ofDate(2022, 10, 4)).build(), "/end", "must not be before the start");
    }

    @Test
    void comparesADayWithADateTimeAtTheDaysOuterBounds() {
        Moment fifth = Moment.ofDate(2022, 10, 5);

        assertThat(Moment.parse("2022-10-05T00:00+14:00").isBefore(fifth)).isFalse();
        assertThat(Moment.parse("2022-10-04T23:59:59.999999999+14:00").isBefore(fifth)).isTrue();
        assertThat(fifth.isBefore(Moment.parse("2022-10-06T00:00-12:00"))).isTrue();
        assertThat(fifth.isBefore(Moment.parse("2022-10-05T23:59:59.999999999-12:00"))).isFalse();
    }
}
