package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name from input (a property name in a pointer, a file name) never brings a control
 * character into a message: what is not printable is shown as a Java escape, while the
 * violation keeps the exact location for programs.
 */
class PrintableTextTest {

    /** A property name that would colour a terminal red, ring its bell and forge a second line. */
    private static final String HOSTILE = "a\u001B[31m\u0007\r\n/forged: OK";

    @Test
    void aViolationDescribesItsLocationWithWhatIsNotPrintableEscaped() {
        Violation violation = Violation.of("outreach.duplicate", "quotes", 0, HOSTILE);

        assertThat(violation.describe(Locale.ENGLISH))
                .isEqualTo("/quotes/0/a\\u001B[31m\\u0007\\u000D\\u000A~1forged: OK: is a duplicate of an earlier entry");
        assertThat(violation.describe(Locale.forLanguageTag("id")))
                .isEqualTo("/quotes/0/a\\u001B[31m\\u0007\\u000D\\u000A~1forged: OK: merupakan duplikat entri sebelumnya");
        assertThat(violation.toString()).doesNotContain("\u001B", "\r", "\n", "\u0007");
        assertThat(violation.pointer()).isEqualTo("/quotes/0/a\u001B[31m\u0007\r\n~1forged: OK");
        assertThat(violation.segments()).containsExactly("quotes", 0, HOSTILE);
    }

    @Test
    void theMessageOfInvalidContentEscapesThePathToo() {
        InvalidContentException e = new InvalidContentException("Episode",
                List.of(Violation.of("outreach.duplicate", HOSTILE)));

        assertThat(e.getMessage()).contains("a\\u001B[31m\\u0007\\u000D\\u000A/forged: OK: ")
                .doesNotContain("\u001B", "\r", "\u0007")
                .hasLineCount(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain-name.json|plain-name.json",
            "kemlu space 2022 é ü 日本語|kemlu space 2022 é ü 日本語",
            "tab\there|tab\\u0009here",
            "nul\u0000end|nul\\u0000end",
            "del\u007F and c1\u0085|del\\u007F and c1\\u0085",
            "bidi \u202Eoverride|bidi \\u202Eoverride",
            "line\u2028and paragraph\u2029|line\\u2028and paragraph\\u2029",
            "zero\u200Bwidth|zero\\u200Bwidth"})
    void escapesControlFormatAndSeparatorCharacters(String text, String shown) {
        assertThat(Violation.printable(text)).isEqualTo(shown);
    }

    @Test
    void keepsPairedSurrogatesAndEscapesLoneOnes() {
        assertThat(Violation.printable("emoji \uD83D\uDE00")).isEqualTo("emoji \uD83D\uDE00");
        assertThat(Violation.printable("lone \uD83D and \uDE00")).isEqualTo("lone \\uD83D and \\uDE00");
        // A format character outside the first plane (a language tag) is escaped as its two halves.
        assertThat(Violation.printable("tag\uDB40\uDC01")).isEqualTo("tag\\uDB40\\uDC01");
    }

    @Test
    void returnsPrintableTextItself() {
        String text = "nothing to escape";
        assertThat(Violation.printable(text)).isSameAs(text);
    }

    @Test
    void aListOfViolationsCutShortEndsWithHowManyMoreThereWere() {
        assertThat(Violation.omittedLine(7, Locale.ENGLISH)).isEqualTo("... and 7 more");
        assertThat(Violation.omittedLine(999_900, Locale.forLanguageTag("id"))).isEqualTo("... dan 999900 lainnya");
    }
}
