package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static dev.outreach.core.Fixtures.eventBuilder;
import static dev.outreach.core.Fixtures.organizationBuilder;
import static dev.outreach.core.Fixtures.personBuilder;
import static dev.outreach.core.Fixtures.programBuilder;
import static dev.outreach.core.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for text: {@link CleanText} on strings, {@link BilingualText}, and {@link MaxLength}. */
class TextRulesTest {

    private static final String EMOJI = "\uD83D\uDE00"; // U+1F600, one code point, two chars

    @Nested
    class CleanTextRule {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "   ", "\t \n", "\u00A0", "\u2003 \u00A0"})
        void rejectsBlankText(String name) {
            Violation violation = assertViolation(() -> personBuilder("aldi").name(name).build(),
                    "/name", "must not be blank");
            assertThat(violation.messageKey()).isEqualTo("outreach.text.blank");
        }

        @ParameterizedTest
        @ValueSource(strings = {" Aldi", "Aldi ", "\u00A0Aldi", "Aldi\u00A0", "\u2003Aldi", "\tAldi", "Aldi\n"})
        void rejectsTextStartingOrEndingWithWhiteSpaceIncludingNonBreakingSpace(String name) {
            Violation violation = assertViolation(() -> personBuilder("aldi").name(name).build(),
                    "/name", "must not start or end with white space");
            assertThat(violation.messageKey()).isEqualTo("outreach.text.untrimmed");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Aldi\u0000Monbusho", "Aldi\u0007Monbusho", "Aldi\tMonbusho", "Aldi\u007FMonbusho",
            "Aldi\u0085Monbusho", "Aldi\u001BMonbusho"})
        void rejectsControlCharacters(String name) {
            Violation violation = assertViolation(() -> personBuilder("aldi").name(name).build(),
                    "/name", "must not contain control characters");
            assertThat(violation.messageKey()).isEqualTo("outreach.text.control");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Aldi\u2028Monbusho", "Aldi\u2029Monbusho"})
        void rejectsUnicodeLineAndParagraphSeparators(String name) {
            assertViolation(() -> personBuilder("aldi").name(name).build(),
                    "/name", "must not contain control characters");
            assertViolation(() -> BilingualText.indonesian(name), "/indonesian", "must not contain control characters");
        }

        @Test
        void rejectsLineBreaksInSingleLineText() {
            assertViolation(() -> personBuilder("aldi").name("Aldi\nMonbusho").build(),
                    "/name", "must not contain control characters");
            assertViolation(() -> organizationBuilder("alwas").acronym("AI\nI").build(),
                    "/acronym", "must not contain control characters");
        }

        @Test
        void allowsLineBreaksInBilingualText() {
            BilingualText text = BilingualText.of("Baris satu.\nBaris dua.", "Line one.\n\nLine two.");

            assertThat(text.indonesian()).contains("Baris satu.\nBaris dua.");
            assertThat(text.english()).contains("Line one.\n\nLine two.");
        }

        @Test
        void allowsOnlyLineFeedAsALineBreakInBilingualText() {
            assertViolation(() -> BilingualText.indonesian("Baris satu.\r\nBaris dua."),
                    "/indonesian", "must not contain control characters");
            assertViolation(() -> BilingualText.english("Column\tcolumn"),
                    "/english", "must not contain control characters");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Aldi\uD83DMonbusho", "Aldi\uDE00Monbusho", "Aldi Monbusho\uD83D", "\uDE00Aldi",
            "Aldi\uDE00\uD83DMonbusho"})
        void rejectsUnpairedSurrogates(String name) {
            Violation violation = assertViolation(() -> personBuilder("aldi").name(name).build(),
                    "/name", "must not contain unpaired surrogate characters");
            assertThat(violation.messageKey()).isEqualTo("outreach.text.surrogate");
        }

        @Test
        void acceptsPairedSurrogates() {
            assertThat(personBuilder("aldi").name("Aldi " + EMOJI).build().name()).isEqualTo("Aldi " + EMOJI);
        }

        @Test
        void rejectsTooLongTextWithTheMaximumInTheMessage() {
            Violation violation = assertViolation(() -> personBuilder("aldi").name("a".repeat(129)).build(),
                    "/name", "must be at most 128 characters long");

            assertThat(violation.messageKey()).isEqualTo("outreach.text.tooLong");
            assertThat(violation.parameters()).containsEntry("max", 128);
            assertThat(violation.message(new Locale("id"))).isEqualTo("paling banyak 128 karakter");
        }

        @Test
        void acceptsTextOfExactlyTheMaximumLength() {
            assertThat(personBuilder("aldi").name("a".repeat(128)).build().name()).hasSize(128);
        }

        @Test
        void fillsInEachFieldsOwnMaximum() {
            assertViolation(() -> organizationBuilder("alwas").acronym("A".repeat(33)).build(),
                    "/acronym", "must be at most 32 characters long");
            assertViolation(() -> Fixtures.coverageBuilder().outlet("D".repeat(101)).build(),
                    "/outlet", "must be at most 100 characters long");
            assertViolation(() -> BilingualText.english("e".repeat(BilingualText.MAX + 1)),
                    "/english", "must be at most 5000 characters long");
        }

        @Test
        void countsCodePointsSoThatAnEmojiCountsOnce() {
            String longest = EMOJI.repeat(128);
            assertThat(longest).hasSize(256);

            assertThat(personBuilder("aldi").name(longest).build().name()).isEqualTo(longest);
            assertViolation(() -> personBuilder("aldi").name(longest + EMOJI).build(),
                    "/name", "must be at most 128 characters long");
        }

        @Test
        void appliesToOptionalStrings() {
            assertViolation(() -> personBuilder("aldi").honorificPrefix(" Dr.").build(),
                    "/honorificPrefix", "must not start or end with white space");
            assertViolation(() -> Fixtures.coverageBuilder().dateline("").build(),
                    "/dateline", "must not be blank");
            assertViolation(() -> Fixtures.coverageBuilder().byline("a\u0000th").build(),
                    "/byline", "must not contain control characters");
            assertViolation(() -> Place.builder().country(CountryCode.INDONESIA).locality("Nusa Dua ").build(),
                    "/locality", "must not start or end with white space");
            assertViolation(() -> eventBuilder("wcce-2022").acronym("W".repeat(33)).build(),
                    "/acronym", "must be at most 32 characters long");
        }
    }

    @Nested
    class BilingualTextRules {

        @Test
        void needsAtLeastOneLanguage() {
            Violation violation = assertViolation(() -> BilingualText.of(null, null),
                    "", "needs the text in Indonesian, English or both");

            assertThat(violation.messageKey()).isEqualTo("outreach.bilingual.empty");
            assertThat(violation.path()).isEmpty();
            assertViolation(() -> BilingualText.builder().build(),
                    "", "needs the text in Indonesian, English or both");
        }

        @Test
        void checksEachLanguage() {
            assertViolation(() -> BilingualText.of("Kemlu Space", " "), "/english", "must not be blank");
            assertViolation(() -> BilingualText.of(" Kemlu Space", "Kemlu Space"),
                    "/indonesian", "must not start or end with white space");
        }

        @Test
        void keepsEitherLanguageAlone() {
            BilingualText indonesian = BilingualText.indonesian("Di tempat terpisah");
            BilingualText english = BilingualText.english("Elsewhere");

            assertThat(indonesian.indonesian()).contains("Di tempat terpisah");
            assertThat(indonesian.english()).isEmpty();
            assertThat(english.english()).contains("Elsewhere");
            assertThat(english.indonesian()).isEmpty();
        }

        @Test
        void inPicksTheReadersLanguage() {
            BilingualText text = BilingualText.of("Di tempat terpisah", "Elsewhere");

            assertThat(text.in(Locale.ENGLISH)).isEqualTo("Elsewhere");
            assertThat(text.in(Locale.UK)).isEqualTo("Elsewhere");
            assertThat(text.in(new Locale("id"))).isEqualTo("Di tempat terpisah");
            assertThat(text.in(new Locale("in"))).isEqualTo("Di tempat terpisah");
        }

        @Test
        void inFallsBackToIndonesianThenEnglish() {
            BilingualText both = BilingualText.of("Di tempat terpisah", "Elsewhere");
            BilingualText indonesianOnly = BilingualText.indonesian("Di tempat terpisah");
            BilingualText englishOnly = BilingualText.english("Elsewhere");

            assertThat(both.in(Locale.FRENCH)).isEqualTo("Di tempat terpisah");
            assertThat(indonesianOnly.in(Locale.ENGLISH)).isEqualTo("Di tempat terpisah");
            assertThat(englishOnly.in(new Locale("id"))).isEqualTo("Elsewhere");
            assertThat(englishOnly.in(Locale.JAPANESE)).isEqualTo("Elsewhere");
        }

        @Test
        void getGivesExactlyTheLanguageAskedForWithoutFallback() {
            BilingualText both = BilingualText.of("Di tempat terpisah", "Elsewhere");
            BilingualText indonesianOnly = BilingualText.indonesian("Di tempat terpisah");

            assertThat(both.get(LanguageTag.INDONESIAN)).contains("Di tempat terpisah");
            assertThat(both.get(LanguageTag.ENGLISH)).contains("Elsewhere");
            assertThat(both.get(LanguageTag.of("in"))).contains("Di tempat terpisah");
            assertThat(both.get(LanguageTag.of("en-GB"))).as("exactly en-GB, which is not en").isEmpty();
            assertThat(both.closest(LanguageTag.of("en-GB"))).contains("Elsewhere");
            assertThat(both.get(LanguageTag.of("jv"))).isEmpty();
            assertThat(indonesianOnly.get(LanguageTag.ENGLISH)).isEqualTo(Optional.empty());
        }
    }

    @Nested
    class MaxLengthRule {

        @Test
        void rejectsAnEpisodeTitleLongerThan200Characters() {
            Violation violation = assertViolation(() -> episodeBuilder("road-to-wcce", 1).title(text("t".repeat(201))).build(),
                    "/title", "must be at most 200 characters long");

            assertThat(violation.messageKey()).isEqualTo("outreach.text.tooLong");
            assertThat(violation.parameters()).containsEntry("max", 200);
        }

        @Test
        void acceptsAnEpisodeTitleOfExactly200CodePoints() {
            assertThat(episodeBuilder("road-to-wcce", 1).title(text("t".repeat(200))).build().title().english())
                    .hasValueSatisfying(title -> assertThat(title).hasSize(200));
            assertThat(episodeBuilder("road-to-wcce", 1).title(text(EMOJI.repeat(200))).build().title().english())
                    .hasValueSatisfying(title -> assertThat(title).hasSize(400));
            assertViolation(() -> episodeBuilder("road-to-wcce", 1).title(text(EMOJI.repeat(201))).build(),
                    "/title", "must be at most 200 characters long");
        }

        @Test
        void checksEachLanguageOfTheTitle() {
            assertViolation(() -> episodeBuilder("road-to-wcce", 1)
                            .title(BilingualText.of("t".repeat(201), "Road to WCCE")).build(),
                    "/title", "must be at most 200 characters long");
            assertViolation(() -> episodeBuilder("road-to-wcce", 1)
                            .title(BilingualText.of("Road to WCCE", "t".repeat(201))).build(),
                    "/title", "must be at most 200 characters long");
        }

        @Test
        void appliesToTheOtherShortTexts() {
            BilingualText text201 = text("t".repeat(201));
            BilingualText text301 = text("t".repeat(301));

            assertViolation(() -> programBuilder("kemlu-space").name(text201).build(),
                    "/name", "must be at most 200 characters long");
            assertViolation(() -> eventBuilder("wcce-2022").name(text301).build(),
                    "/name", "must be at most 300 characters long");
            assertViolation(() -> eventBuilder("wcce-2022").theme(text301).build(),
                    "/theme", "must be at most 300 characters long");
            assertViolation(() -> organizationBuilder("kemlu").name(text301).build(),
                    "/name", "must be at most 300 characters long");
            assertViolation(() -> personBuilder("aldi").jobTitle(text301).build(),
                    "/jobTitle", "must be at most 300 characters long");
            assertViolation(() -> Place.builder().country(CountryCode.INDONESIA).name(text201).build(),
                    "/name", "must be at most 200 characters long");
            assertViolation(() -> Fixtures.commentaryBuilder("aldi").summary(text("ok")).setting(text201).build(),
                    "/setting", "must be at most 200 characters long");
            assertViolation(() -> Fixtures.coverageBuilder().headline(text301).build(),
                    "/headline", "must be at most 300 characters long");
        }
    }
}
