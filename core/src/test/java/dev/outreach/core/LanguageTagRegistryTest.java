package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Language tags are valid against the IANA Language Subtag Registry, not only well-formed. */
class LanguageTagRegistryTest {

    private static final String UNREGISTERED = "must be a valid language tag: its language, script, region, variants"
            + " and extensions must be in the IANA Language Subtag Registry";

    @ParameterizedTest
    @ValueSource(strings = {"english", "zz", "zzz", "en-Zzzx", "en-QL", "id-AA-1234x", "id-KK", "de-1234abcd",
        "en-a-bbb", "qtz-AB", "en-Latn-US-badvar", "abcde"})
    void refusesWellFormedTagsWithUnregisteredSubtags(String tag) {
        Violation violation = assertViolation(() -> LanguageTag.of(tag), "", UNREGISTERED);

        assertThat(violation.messageKey()).isEqualTo("outreach.language.unregistered");
        assertThat(violation.message(Locale.forLanguageTag("id"))).isEqualTo("harus berupa tag bahasa yang sah:"
                + " bahasa, aksara, wilayah, varian dan ekstensinya harus ada dalam IANA Language Subtag Registry");
    }

    @ParameterizedTest
    @CsvSource({"ja, ja", "jv, jv", "ar, ar", "zh-Hant-TW, zh-Hant-TW", "sr-Latn-RS, sr-Latn-RS",
        "de-CH-1996, de-CH-1996", "sl-rozaj-biske, sl-rozaj-biske", "es-419, es-419", "qaa, qaa", "qtz, qtz",
        "en-Qabx, en-Qabx", "en-XZ, en-XZ", "en-u-ca-gregory, en-u-ca-gregory", "en-x-anything, en-x-anything",
        // Deprecated subtags with a Preferred-Value, extended language subtags and grandfathered tags.
        "mo, ro", "en-BU, en-MM", "in-ID, id-ID", "iw, he", "zh-yue-HK, yue-HK", "i-klingon, tlh", "art-lojban, jbo"})
    void acceptsRegisteredTagsInTheirCanonicalForm(String tag, String canonical) {
        assertThat(LanguageTag.of(tag)).hasToString(canonical);
    }

    @Test
    void refusesAGrandfatheredTagWithNoLanguageOfItsOwn() {
        assertViolation(() -> LanguageTag.of("i-enochian"), "", "must be a well-formed BCP 47 language tag");
    }

    @Test
    void namesTheRegistryItChecksAgainst() {
        assertThat(LanguageTag.registryDate()).isEqualTo(LocalDate.of(2025, 8, 25));
        assertThat(LanguageTag.registryDate()).isSameAs(LanguageTag.registryDate());
    }

    @Test
    void theShippedResourceIsExactlyWhatTheRegistryDerivesTo() throws IOException {
        String shipped;
        try (InputStream in = LanguageSubtags.class.getResourceAsStream("language-subtags.txt")) {
            assertThat(in).isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String derived = LanguageSubtagRegistrySource.derive();

        assertThat(shipped).isEqualTo(derived);
        assertThat(derived).contains("\nFile-Date 2025-08-25\n", " in>id ", " bu>mm ", " qaa..qtz", " hant ");
    }

    @Test
    void readsRangesDeprecationsAndTheFileDate() throws IOException {
        LanguageSubtags registry = LanguageSubtags.read(new BufferedReader(new StringReader(
                "# a comment\n\nFile-Date 2001-02-03\nlanguage aa mo>ro qay..qbb\nregion bu>mm\n")));

        assertThat(registry.fileDate()).isEqualTo(LocalDate.of(2001, 2, 3));
        assertThat(registry.lookUp("language", "AA")).isEqualTo("aa");
        assertThat(registry.lookUp("language", "mo")).isEqualTo("ro");
        assertThat(registry.lookUp("region", "BU")).isEqualTo("mm");
        assertThat(registry.lookUp("language", "qay")).isEqualTo("qay");
        assertThat(registry.lookUp("language", "qaz")).isEqualTo("qaz");
        assertThat(registry.lookUp("language", "qba")).isEqualTo("qba");
        assertThat(registry.lookUp("language", "qbb")).isEqualTo("qbb");
        assertThat(registry.lookUp("language", "qbc")).isNull();
        assertThat(registry.lookUp("language", "qax")).isNull();
        assertThat(registry.lookUp("region", "aa")).isNull();
        assertThat(LanguageSubtags.successor("qzz")).isEqualTo("raa");
    }

    @Test
    void refusesAResourceWithoutItsDate() {
        assertThatThrownBy(() -> LanguageSubtags.read(
                new BufferedReader(new InputStreamReader(InputStream.nullInputStream(), StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class);
    }
}
