package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertInvalid;
import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static dev.outreach.core.Fixtures.organizationBuilder;
import static dev.outreach.core.Fixtures.quoteBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A text is a language map: Indonesian and English, any other BCP 47 language beside them, each
 * with its direction; the content the ministry publishes needs Indonesian or English, a quote
 * the words in its own language.
 */
class LanguageMapTest {

    private static final Locale INDONESIAN = new Locale("id");
    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag AR = LanguageTag.of("ar");
    private static final String JAPANESE = "地域のメディアと協力します";
    /** Forty-eight languages other than Indonesian, English and Japanese. */
    private static final String[] FORTY_EIGHT = {"ar", "bn", "cs", "da", "de", "el", "es", "et", "fa", "fi", "fr",
        "he", "hi", "hr", "hu", "hy", "it", "jv", "ka", "kk", "km", "ko", "lo", "lt", "lv", "mn", "ms", "my", "nl",
        "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "su", "sv", "sw", "ta", "th", "tl", "tr", "uk", "ur",
        "vi"};
    private static final String ARABIC = "نعمل مع وسائل الإعلام الإقليمية";

    @Nested
    class Languages {

        @Test
        void holdsAnyLanguageBesideIndonesianAndEnglish() {
            BilingualText text = BilingualText.of("Bekerja sama", "Working together").with(JA, JAPANESE)
                    .with(LanguageTag.of("zh-hant"), "合作");

            assertThat(text.get(JA)).contains(JAPANESE);
            assertThat(text.get(LanguageTag.of("zh-Hant"))).contains("合作");
            assertThat(text.get(LanguageTag.of("zh"))).isEmpty();
            assertThat(text.closest(LanguageTag.of("zh"))).contains("合作");
            assertThat(text.closest(LanguageTag.of("ja-JP"))).contains(JAPANESE);
            assertThat(text.closest(LanguageTag.of("ko"))).isEmpty();
            assertThat(text.others()).containsOnlyKeys(JA, LanguageTag.of("zh-Hant"));
            assertThat(text.languages()).extracting(LanguageTag::toString)
                    .containsExactly("id", "en", "ja", "zh-Hant");
        }

        @Test
        void listsIndonesianThenEnglishThenTheOthersByTag() {
            BilingualText text = BilingualText.builder().putOther(LanguageTag.of("zh"), "合作").putOther(JA, JAPANESE)
                    .putOther(AR, ARABIC).english("Working together").build();

            assertThat(text.languages()).extracting(LanguageTag::toString).containsExactly("en", "ar", "ja", "zh");
            assertThat(text.with(LanguageTag.of("in"), "Bekerja sama").languages()).extracting(LanguageTag::toString)
                    .containsExactly("id", "en", "ar", "ja", "zh");
        }

        @Test
        void putsIndonesianAndEnglishOnTheirOwnProperties() {
            BilingualText text = BilingualText.inLanguage(LanguageTag.of("in"), "Bekerja sama")
                    .with(LanguageTag.ENGLISH, "Working together");

            assertThat(text).isEqualTo(BilingualText.of("Bekerja sama", "Working together"));
            assertThat(text.others()).isEmpty();
            assertThat(BilingualText.inLanguage(JA, JAPANESE).indonesian()).isEmpty();
        }

        @Test
        void oneTextForBothLanguages() {
            BilingualText name = BilingualText.both("Kemlu Space");

            assertThat(name.indonesian()).contains("Kemlu Space");
            assertThat(name.english()).contains("Kemlu Space");
            assertThat(name).isEqualTo(BilingualText.of("Kemlu Space", "Kemlu Space"));
            assertThat(assertInvalid(() -> BilingualText.both(" Kemlu Space")).violations())
                    .extracting(Violation::pointer).containsExactly("/english", "/indonesian");
        }

        @Test
        void inFallsBackToIndonesianThenEnglishThenTheFirstOtherLanguage() {
            BilingualText all = BilingualText.of("Halo", "Hello").with(JA, "こんにちは");
            BilingualText foreign = BilingualText.inLanguage(LanguageTag.of("zh"), "你好").with(JA, "こんにちは");

            assertThat(all.in(Locale.JAPANESE)).isEqualTo("こんにちは");
            assertThat(all.in(Locale.JAPAN)).as("ja-JP reads ja").isEqualTo("こんにちは");
            assertThat(all.in(Locale.FRENCH)).isEqualTo("Halo");
            assertThat(all.in(Locale.ROOT)).isEqualTo("Halo");
            assertThat(all.in(new Locale("x"))).as("a locale that is no language tag").isEqualTo("Halo");
            assertThat(BilingualText.english("Hello").with(JA, "こんにちは").in(Locale.FRENCH)).isEqualTo("Hello");
            assertThat(foreign.in(Locale.FRENCH)).as("the first by tag").isEqualTo("こんにちは");
            assertThat(foreign.in(Locale.CHINESE)).isEqualTo("你好");
        }

        @Test
        void eachOtherLanguageIsCleanTextAtItsOwnKey() {
            Violation control = assertViolation(() -> BilingualText.inLanguage(JA, "地域\u0007のメディア"), "/ja",
                    "must not contain control characters");
            Violation tooLong = assertViolation(
                    () -> BilingualText.inLanguage(JA, "あ".repeat(BilingualText.MAX + 1)), "/ja",
                    "must be at most 5000 characters long");

            assertThat(control.message(INDONESIAN)).isEqualTo("tidak boleh mengandung karakter kontrol");
            assertThat(tooLong.message(INDONESIAN)).isEqualTo("paling banyak 5000 karakter");
            assertThat(BilingualText.inLanguage(JA, "あ".repeat(BilingualText.MAX)).get(JA)).isPresent();
            assertThat(BilingualText.inLanguage(JA, "一行目\n二行目").get(JA)).contains("一行目\n二行目");
        }

        @Test
        void takesAtMostFiftyLanguages() {
            BilingualText.Builder builder = BilingualText.builder().indonesian("Halo").english("Hello");
            for (int i = 0; i < BilingualText.MAX_LANGUAGES - 2; i++) {
                builder.putOther(LanguageTag.of(FORTY_EIGHT[i]), "teks");
            }
            BilingualText fifty = builder.build();
            assertThat(fifty.languages()).hasSize(50);

            Violation violation = assertViolation(() -> fifty.with(JA, JAPANESE), "",
                    "must have at most 50 languages");

            assertThat(violation.messageKey()).isEqualTo("outreach.text.tooManyLanguages");
            assertThat(violation.message(INDONESIAN)).isEqualTo("paling banyak 50 bahasa");
        }

        @Test
        void refusesIndonesianOrEnglishAmongTheOthers() {
            Violation violation = assertViolation(
                    () -> BilingualText.builder().putOther(LanguageTag.INDONESIAN, "Halo").build(), "/id",
                    "is Indonesian or English, which have properties of their own");

            assertThat(violation.message(INDONESIAN))
                    .isEqualTo("adalah bahasa Indonesia atau bahasa Inggris, yang memiliki properti sendiri");
            assertViolation(() -> BilingualText.builder().english("Hello").putOther(LanguageTag.ENGLISH, "Hi").build(),
                    "/en", "is Indonesian or English, which have properties of their own");
        }
    }

    @Nested
    class Directions {

        @Test
        void followTheScriptSubtagThenTheLanguage() {
            assertThat(TextDirection.of(AR)).isEqualTo(TextDirection.RTL);
            assertThat(TextDirection.of(LanguageTag.of("he"))).isEqualTo(TextDirection.RTL);
            assertThat(TextDirection.of(LanguageTag.of("fa"))).isEqualTo(TextDirection.RTL);
            assertThat(TextDirection.of(LanguageTag.of("ur"))).isEqualTo(TextDirection.RTL);
            assertThat(TextDirection.of(LanguageTag.of("yi"))).isEqualTo(TextDirection.RTL);
            assertThat(TextDirection.of(LanguageTag.of("az-Arab"))).isEqualTo(TextDirection.RTL);
            assertThat(TextDirection.of(LanguageTag.of("ar-Latn"))).isEqualTo(TextDirection.LTR);
            assertThat(TextDirection.of(LanguageTag.of("sd-Deva"))).isEqualTo(TextDirection.LTR);
            assertThat(TextDirection.of(JA)).isEqualTo(TextDirection.LTR);
            assertThat(TextDirection.of(LanguageTag.INDONESIAN)).isEqualTo(TextDirection.LTR);
            assertThat(TextDirection.of(LanguageTag.of("ms-Arab"))).as("Jawi").isEqualTo(TextDirection.RTL);
            assertThat(TextDirection.fromCode("rtl")).isEqualTo(TextDirection.RTL);
            assertThat(TextDirection.LTR.code()).isEqualTo("ltr");
        }

        @Test
        void anExplicitDirectionIsKeptBesideTheText() {
            BilingualText text = BilingualText.english("Working together").with(AR, ARABIC);
            BilingualText quoted = text.withDirection(LanguageTag.ENGLISH, TextDirection.RTL);

            assertThat(text.direction(AR)).isEqualTo(TextDirection.RTL);
            assertThat(text.direction(LanguageTag.ENGLISH)).isEqualTo(TextDirection.LTR);
            assertThat(text.directions()).isEmpty();
            assertThat(quoted.direction(LanguageTag.ENGLISH)).isEqualTo(TextDirection.RTL);
            assertThat(quoted.directions()).containsEntry(LanguageTag.ENGLISH, TextDirection.RTL);
            assertThat(quoted).isNotEqualTo(text);
        }

        @Test
        void aDirectionNeedsItsLanguage() {
            Violation violation = assertViolation(
                    () -> BilingualText.english("Hello").withDirection(AR, TextDirection.RTL), "/ar/direction",
                    "gives the direction of a language the text does not have");

            assertThat(violation.message(INDONESIAN))
                    .isEqualTo("memberi arah tulisan bahasa yang tidak ada dalam teks");
        }
    }

    @Nested
    class PublishedContent {

        @Test
        void needsIndonesianOrEnglish() {
            Violation violation = assertViolation(
                    () -> organizationBuilder("kbri-tokyo").name(BilingualText.inLanguage(JA, "在日インドネシア大使館"))
                            .build(),
                    "/name", "needs the text in Indonesian or English (other languages may be added beside)");

            assertThat(violation.messageKey()).isEqualTo("outreach.text.unpublishedLanguage");
            assertThat(violation.message(INDONESIAN)).isEqualTo(
                    "memerlukan teks dalam bahasa Indonesia atau bahasa Inggris (bahasa lain boleh ditambahkan)");
            assertViolation(() -> episodeBuilder("pertama", 1)
                            .description(BilingualText.inLanguage(JA, JAPANESE)).build(),
                    "/description", "needs the text in Indonesian or English (other languages may be added beside)");
        }

        @Test
        void takesOtherLanguagesBesideIndonesianOrEnglish() {
            Organization kbri = organizationBuilder("kbri-tokyo")
                    .name(BilingualText.of("KBRI Tokyo", "Embassy of Indonesia in Tokyo").with(JA, "在日インドネシア大使館"))
                    .build();

            assertThat(kbri.name().get(JA)).contains("在日インドネシア大使館");
        }

        @Test
        void aPropertysOwnLimitHoldsInEveryLanguage() {
            BilingualText title = BilingualText.english("Road to WCCE").with(JA, "あ".repeat(201));

            Violation violation = assertViolation(() -> episodeBuilder("pertama", 1).title(title).build(), "/title",
                    "must be at most 200 characters long");

            assertThat(violation.message(INDONESIAN)).isEqualTo("paling banyak 200 karakter");
            assertThat(episodeBuilder("pertama", 1).title(title.with(JA, "あ".repeat(200))).build().title().get(JA))
                    .isPresent();
        }
    }

    @Nested
    class Quotes {

        @Test
        void keepTheWordsInTheirOwnLanguageWithTranslationsBeside() {
            Quote quote = quoteBuilder("aldi-monbusho")
                    .text(BilingualText.of("Kami bekerja sama", "We work together").with(JA, JAPANESE))
                    .language(JA)
                    .build();

            assertThat(quote.original()).contains(JAPANESE);
            assertThat(quote.originalLanguage()).isEqualTo(JA);
            assertThat(quote.translations()).containsExactly(LanguageTag.INDONESIAN, LanguageTag.ENGLISH);
        }

        @Test
        void anOriginalInTheSamePrimaryLanguageCounts() {
            Quote quote = quoteBuilder("aldi-monbusho").text(BilingualText.english("We work together"))
                    .language(LanguageTag.of("en-GB")).build();

            assertThat(quote.original()).contains("We work together");
            assertThat(quote.originalLanguage()).isEqualTo(LanguageTag.ENGLISH);
            assertThat(quote.translations()).isEmpty();
        }

        @Test
        void aQuoteInAnyLanguageNeedsItsOriginal() {
            Violation violation = assertViolation(() -> quoteBuilder("aldi-monbusho")
                            .text(BilingualText.of("Kami bekerja sama", "We work together"))
                            .language(JA)
                            .build(),
                    "/text", "must include the words in the language they were said in");

            assertThat(violation.message(INDONESIAN)).isEqualTo("harus memuat kata-kata dalam bahasa aslinya");
        }

        @Test
        void anArabicQuoteNeedsNoIndonesianOrEnglish() {
            Quote quote = quoteBuilder("aldi-monbusho").text(BilingualText.inLanguage(AR, ARABIC)).language(AR)
                    .build();

            assertThat(quote.original()).contains(ARABIC);
            assertThat(quote.text().direction(AR)).isEqualTo(TextDirection.RTL);
            assertThat(quote.translations()).isEmpty();
        }

        @Test
        void aParaphraseMayGiveATranslationAlone() {
            Quote quote = quoteBuilder("aldi-monbusho").text(BilingualText.indonesian("Kami bekerja sama"))
                    .language(JA).form(QuoteForm.PARAPHRASE).build();

            assertThat(quote.original()).isEqualTo(Optional.empty());
            assertThat(quote.translations()).containsExactly(LanguageTag.INDONESIAN);
        }
    }

    @Test
    void anEmptyTextStillNeedsALanguage() {
        assertThat(assertInvalid(() -> BilingualText.builder().build()).violations())
                .extracting(Violation::messageKey).containsExactly("outreach.bilingual.empty");
    }
}
