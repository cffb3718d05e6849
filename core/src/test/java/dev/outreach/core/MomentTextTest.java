package dev.outreach.core;

import static dev.outreach.core.ValueTypesTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms of text {@link Moment#parse} reads: first its shape, checked character by
 * character against the forms the JSON Schema documents, then its values, checked by java.time.
 */
class MomentTextTest {

    /** The documented shapes, without the value ranges the JSON Schema adds. */
    private static final Pattern SHAPE = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?)?");

    /** Texts with every optional piece, and the ones their variations are made from. */
    private static final List<String> FULL = List.of("2022-10-04T19:00:59.123456789+07:00:30",
            "2022-10-04T19:00:59.5Z", "2022-10-04T19:00-05:00", "2022-10-04T19:00Z", "2022-10-04T19:00:59");

    @ParameterizedTest
    @ValueSource(strings = {"2022-10-04", "2022-10-04T19:00", "2022-10-04T19:00:59", "2022-10-04T19:00:59.5",
        "2022-10-04T19:00Z", "2022-10-04T19:00+07:00", "2022-10-04T19:00-05:00", "2022-10-04T19:00+07:00:30",
        "2022-10-04T19:00:59Z", "2022-10-04T19:00:59.0Z", "2022-10-04T19:00:59.9+07:00",
        "2022-10-04T19:00:59.123456789Z", "2022-10-04T19:00:59.123456789", "0000-00-00", "9999-99-99T99:99Z",
        "2022-10-04T19:00+99:99:99"})
    void aTextOfADocumentedShapeHasTheForm(String text) {
        assertThat(Moment.hasDocumentedForm(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "2022-10-4", "2022-10-041", "202a-10-04", "2022/10-04", "2022-1a-04",
        "2022-10/04", "2022-10-0a", "2022-10-04T19", "2022-10-04T19:0", "2022-10-04t19:00Z", "2022-10-04 19:00Z",
        "2022-10-04Tx9:00Z", "2022-10-04T19-00Z", "2022-10-04T19:x0Z", "2022-10-04T19:00:", "2022-10-04T19:00:5Z",
        "2022-10-04T19:00:5x", "2022-10-04T19:00:59.", "2022-10-04T19:00:59.Z", "2022-10-04T19:00:59.1234567890Z",
        "2022-10-04T19:00:59,5Z", "2022-10-04T19:00:59.5.5", "2022-10-04T19:00z", "2022-10-04T19:00ZZ",
        "2022-10-04T19:00Z+07:00", "2022-10-04T19:00 07:00", "2022-10-04T19:00+07", "2022-10-04T19:00+0700",
        "2022-10-04T19:00+7:00", "2022-10-04T19:00+0x:00", "2022-10-04T19:00+07-00", "2022-10-04T19:00+07:0",
        "2022-10-04T19:00+07:0x", "2022-10-04T19:00+07:00:", "2022-10-04T19:00+07:00:3",
        "2022-10-04T19:00+07:00:3x", "2022-10-04T19:00+07:00-30", "2022-10-04T19:00+07:00:300",
        "2022-10-04T19:00+07:00x", "2022-10-04T19:00+07:00Z", "+2022-10-04", "20221-10-04", "2022-10-04T"})
    void aTextOfAnyOtherShapeHasNot(String text) {
        assertThat(Moment.hasDocumentedForm(text)).isFalse();
        assertThat(SHAPE.matcher(text).matches()).as("the documented shapes").isFalse();
    }

    @Test
    void digitsAreTheTenAsciiDigitsOnly() {
        for (char c = 0; c < 0x80; c++) {
            String text = "2022-10-0" + c;
            assertThat(Moment.hasDocumentedForm(text)).as("%s", text).isEqualTo(c >= '0' && c <= '9');
        }
        assertThat(Moment.hasDocumentedForm("2022-10-0\u0661")).as("an Arabic-Indic digit").isFalse();
        assertThat(Moment.hasDocumentedForm("2022-10-04T19:00:59.0/Z")).isFalse();
        assertThat(Moment.hasDocumentedForm("2022-10-04T19:00:59.9:Z")).isFalse();
        assertThat(Moment.hasDocumentedForm("2022-10-04T19:00:59.09Z")).isTrue();
    }

    /** Every text short of, one character off, and one character more than a full text. */
    @Test
    void hasTheFormExactlyWhenItHasADocumentedShape() {
        Set<String> texts = new LinkedHashSet<>(FULL);
        String replacements = "0129-:T .+Z z/x\u0661";
        for (String full : FULL) {
            for (int i = 0; i <= full.length(); i++) {
                texts.add(full.substring(0, i));
                texts.add(full.substring(0, i) + full.substring(Math.min(i + 1, full.length())));
                for (char c : replacements.toCharArray()) {
                    texts.add(full.substring(0, i) + c + full.substring(i));
                    if (i < full.length()) {
                        texts.add(full.substring(0, i) + c + full.substring(i + 1));
                    }
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        for (String text : texts) {
            if (Moment.hasDocumentedForm(text) != SHAPE.matcher(text).matches()) {
                wrong.add(text);
            }
        }
        assertThat(wrong).as("of %s texts", texts.size()).isEmpty();
    }

    @Test
    void aTextCutShortIsNotAMoment() {
        String full = "2022-10-04T19:00:59.123+07:00:30";
        for (int i = 0; i < full.length(); i++) {
            String text = full.substring(0, i);
            if (i == 10) {
                assertThat(Moment.parse(text)).isEqualTo(Moment.ofDate(2022, 10, 4));
            } else if (i == 16 || i == 19 || (i >= 21 && i <= 23)) {
                assertRejected(() -> Moment.parse(text), "Moment", "outreach.moment.offsetRequired");
            } else if (i == 29) {
                assertThat(Moment.parse(text).dateTime())
                        .contains(OffsetDateTime.of(2022, 10, 4, 19, 0, 59, 123_000_000, ZoneOffset.ofHours(7)));
            } else {
                assertRejected(() -> Moment.parse(text), "Moment", "outreach.moment.invalid");
            }
        }
        assertThat(Moment.parse(full).offset()).contains(ZoneOffset.ofHoursMinutesSeconds(7, 0, 30));
    }

    @ParameterizedTest
    @CsvSource({"2022-10-04T19:00:59+07:00, 2022-10-04T19:00:59+07:00",
        "2022-10-04T19:00:59.5Z, 2022-10-04T19:00:59.500Z",
        "2022-10-04T19:00:59.000000001Z, 2022-10-04T19:00:59.000000001Z",
        "2022-10-04T19:00:59.123456789-05:00, 2022-10-04T19:00:59.123456789-05:00",
        "2022-10-04T19:00+07:00:30, 2022-10-04T19:00+07:00:30",
        "2022-10-04T19:00-00:00, 2022-10-04T19:00Z"})
    void readsSecondsFractionsAndOffsets(String text, String printed) {
        assertThat(Moment.parse(text)).hasToString(printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-10-04T19:00:59.1234567890Z", "2022-10-04T19:00:59.Z", "2022-10-04T19:00+07",
        "2022-10-04T19:00+0700", "2022-10-04T19:00:59z", "+2022-10-04", "2022-10-04T19:00+07:00:3",
        "2022-10-04T19:00+07:00:30Z", "2022-10-04T19:00ZZ", "2022-10-04T19:00:60Z", "2022-10-04T19:00+19:00",
        "2022-00-04", "2022-10-32", "2022-10-04T24:00Z"})
    void refusesOtherFormsAndValuesOutOfRange(String text) {
        assertRejected(() -> Moment.parse(text), "Moment", "outreach.moment.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-10-04T19:00:59.123456789", "2022-10-04T19:00:59.5", "2022-10-04T19:00:59"})
    void aDateTimeWithSecondsOrFractionsStillNeedsAnOffset(String text) {
        assertRejected(() -> Moment.parse(text), "Moment", "outreach.moment.offsetRequired");
    }
}
