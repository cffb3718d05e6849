package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.personBuilder;
import static dev.outreach.core.Fixtures.programBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that shows nothing is blank; links and identifiers hold no bidirectional controls. */
class InvisibleAndBidiTextTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\uFEFF", "\u2060", "\u00AD", "\u200B \u200C\u200D", "\u2066\u2069",
        "\u034F", "\u3164", "\uFE0F", "\u180E", "\uDB40\uDC20", "\u200B\u00A0\u2060", "\u115F", "\u1160", "\u17B4",
        "\u17B5", "\u180B", "\u180F", "\uFE00", "\uFFA0", "\uDB40\uDD00", "\uDB40\uDDEF"})
    void refusesTextOfInvisibleCharactersAsBlank(String name) {
        Violation violation = assertViolation(() -> personBuilder("aldi").name(name).build(), "/name",
                "must not be blank");

        assertThat(violation.messageKey()).isEqualTo("outreach.text.blank");
        assertViolation(() -> BilingualText.indonesian(name), "/indonesian", "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u034E", "\u115E", "\u1161", "\u17B3", "\u17B6", "\u180A", "\u1810", "\u3163",
        "\u3165", "\uFDFD", "\uFE10", "\uFF9F", "\uFFA1", "\uDB40\uDDF0"})
    void acceptsTheVisibleNeighboursOfTheInvisibleCharacters(String text) {
        assertThat(personBuilder("aldi").name(text).build().name()).isEqualTo(text);
    }

    @Test
    void acceptsVisibleTextWithInvisibleCharactersInside() {
        assertThat(personBuilder("aldi").name("Aldi\u200BMonbusho").build().name()).isEqualTo("Aldi\u200BMonbusho");
        assertThat(BilingualText.indonesian("\u200B.").indonesian()).contains("\u200B.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200E", "\u200F", "\u061C"})
    void refusesBidirectionalControlsInALink(String control) {
        URI link = URI.create("https://kemlu.go.id/" + control + "fdp.exe");
        Violation violation = assertViolation(() -> programBuilder("kemlu-space").url(link).build(), "/url",
                "must not contain bidirectional control characters");

        assertThat(violation.messageKey()).isEqualTo("outreach.url.bidiControl");
        assertThat(violation.message(INDONESIAN)).isEqualTo("tidak boleh memuat karakter kendali arah teks");
        assertThat(HttpsUrl.Validator.accepts(link)).isFalse();
    }

    @Test
    void aLinkBrokenOtherwiseIsReportedAsNoLink() {
        URI link = URI.create("http://kemlu.go.id/\u202E");

        assertViolation(() -> programBuilder("kemlu-space").url(link).build(), "/url", "must be an absolute https URL");
        assertThat(programBuilder("kemlu-space").url(URI.create("https://kemlu.go.id/\u0627\u0644")).build().url())
                .isPresent();
    }

    @Test
    void refusesBidirectionalControlsInAnIdentifier() {
        assertViolation(() -> personBuilder("aldi\u202Eiraz").build(), "/id",
                "must be a lowercase slug of letters, digits and single hyphens, at most 64 characters");
        assertThat(Slug.Validator.accepts("aldi\u2066")).isFalse();
    }
}
