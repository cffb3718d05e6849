package dev.outreach.format;

import static dev.outreach.format.OutreachFormatTest.read;
import static dev.outreach.format.OutreachFormatTest.violations;
import static dev.outreach.format.OutreachFormatTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.BilingualText;
import dev.outreach.core.Episode;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Quote;
import dev.outreach.core.TextDirection;
import dev.outreach.core.Violation;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A text's JSON is a language map: {@code id}, {@code en} and any other language tag as keys,
 * each a string or an object with its direction; bad keys, duplicates after canonicalising, too
 * many languages and values of the wrong kind are reported at their own pointers.
 */
class LanguageMapFormatTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag AR = LanguageTag.of("ar");

    @Test
    void readsAndWritesAnyLanguageInAStableOrder() throws IOException {
        BilingualText text = read(BilingualText.class,
                "{'zh-hant': '合作', 'ja': '協力', 'en': 'Working together', 'id': 'Bekerja sama'}");

        assertThat(text.get(LanguageTag.of("zh-Hant"))).contains("合作");
        assertThat(text.get(JA)).contains("協力");
        assertThat(write(BilingualText.class, text, false))
                .isEqualTo("{\"id\":\"Bekerja sama\",\"en\":\"Working together\",\"ja\":\"協力\",\"zh-Hant\":\"合作\"}");
        assertThat(write(BilingualText.class, text, true)).startsWith("{\"outreachFormat\":\"1.1\",\"id\":");
    }

    @Test
    void readsTheOldIndonesianCodeAsIndonesian() throws IOException {
        assertThat(read(BilingualText.class, "{'in': 'Halo'}")).isEqualTo(BilingualText.indonesian("Halo"));
        assertThat(read(BilingualText.class, "{'EN': 'Hello', 'JA': 'こんにちは'}"))
                .isEqualTo(BilingualText.english("Hello").with(JA, "こんにちは"));
    }

    @Test
    void oneTextForBothLanguagesIsWrittenInBoth() throws IOException {
        String json = write(BilingualText.class, BilingualText.both("Kemlu Space"), false);

        assertThat(json).isEqualTo("{\"id\":\"Kemlu Space\",\"en\":\"Kemlu Space\"}");
        assertThat(read(BilingualText.class, json)).isEqualTo(BilingualText.both("Kemlu Space"));
    }

    @Test
    void anExplicitDirectionIsWrittenAsAnObjectAndReadBack() throws IOException {
        BilingualText text = BilingualText.english("We work together").with(AR, "نعمل معا")
                .withDirection(LanguageTag.ENGLISH, TextDirection.RTL).withDirection(AR, TextDirection.RTL);
        String json = write(BilingualText.class, text, false);

        assertThat(json).isEqualTo("{\"en\":{\"text\":\"We work together\",\"direction\":\"rtl\"},"
                + "\"ar\":{\"text\":\"نعمل معا\",\"direction\":\"rtl\"}}");
        assertThat(read(BilingualText.class, json)).isEqualTo(text);
        assertThat(write(BilingualText.class, BilingualText.inLanguage(AR, "نعمل معا"), false))
                .as("the direction its tag implies is not written").isEqualTo("{\"ar\":\"نعمل معا\"}");
        assertThat(read(BilingualText.class, "{'ar': {'text': 'نعمل معا'}}").directions()).isEmpty();
    }

    @Test
    void aDuplicateAfterCanonicalisingIsReportedAtItsKey() throws IOException {
        assertThat(violations(BilingualText.class, "{'id': 'Halo', 'in': 'Halo'}"))
                .containsExactly("/in: appears more than once in this object");
        assertThat(violations(BilingualText.class, "{'ja': '協力', 'JA': '協力'}"))
                .containsExactly("/JA: appears more than once in this object");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'in': 'T', 'ID': 'T'}}"))
                .containsExactly("/title/ID: appears more than once in this object");
    }

    @Test
    void aBadKeyIsReportedAtItsKey() throws IOException {
        assertThat(violations(BilingualText.class, "{'en': 'Hello', 'english!': 'Hello'}"))
                .containsExactly("/english!: must be a well-formed BCP 47 language tag");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': 'T', 'x-only': 'T'}}"))
                .containsExactly("/title/x-only: must be a well-formed BCP 47 language tag");
    }

    @Test
    void theVersionMarkerIsNoLanguage() throws IOException {
        assertThat(read(BilingualText.class, "{'outreachFormat': '1.0', 'ja': '協力'}").get(JA)).contains("協力");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': 'T', 'outreachFormat': '1.1'}}"))
                .containsExactly("/title/outreachFormat: is not a property of this object");
    }

    @Test
    void badValuesAreReportedAtTheirKey() throws IOException {
        assertThat(violations(BilingualText.class, "{'ja': 5, 'ar': null, 'fa': ['x'], 'ur': ' x'}"))
                .containsExactly("/ja: must be a string", "/ar: must not be null (leave an optional property out instead)",
                        "/fa: must be a string", "/ur: must not start or end with white space");
        assertThat(violations(BilingualText.class, "{'ar': {'text': 'x', 'direction': 'up', 'size': 1}}"))
                .containsExactly("/ar/direction: is not a known code",
                        "/ar: must be a string, or an object of text and direction");
        assertThat(violations(BilingualText.class, "{'ar': {'direction': 'rtl'}}"))
                .containsExactly("/ar: must be a string, or an object of text and direction");
        Violation notAText = violationOf(BilingualText.class, "{'id': {'id': 'Halo'}}");
        assertThat(notAText.pointer()).isEqualTo("/id");
        assertThat(notAText.message(new Locale("id"))).isEqualTo("harus berupa string, atau objek berisi text dan direction");
        assertThat(violations(BilingualText.class, "{'id': {'text': 'x', 'text': 'y'}}"))
                .containsExactly("/id/text: appears more than once in this object");
        assertThat(violations(BilingualText.class, "{'en': {'text': null}}"))
                .containsExactly("/en/text: must not be null (leave an optional property out instead)");
    }

    @Test
    void takesAtMostFiftyLanguagesAndReportsTheFirstOneTooMany() throws IOException {
        String[] tags = java.util.Arrays.stream(Locale.getISOLanguages()).map(tag -> LanguageTag.of(tag).toString())
                .distinct().toArray(String[]::new);
        String fifty = IntStream.range(0, 50).mapToObj(i -> "'" + tags[i] + "': 'x'").collect(Collectors.joining(", "));
        assertThat(read(BilingualText.class, "{" + fifty + "}").languages()).hasSize(50);

        String more = IntStream.range(0, 1000).mapToObj(i -> "'" + tags[i % tags.length] + (i < tags.length ? "" : "-x-" + i)
                + "': 'x'").collect(Collectors.joining(", "));
        ReadContext context = new ReadContext(true);
        assertThat(OutreachFormatTest.read(BilingualText.class, "{" + more + "}", context)).isNull();
        assertThat(OutreachFormatTest.lines(context.violations()))
                .containsExactly("/" + tags[50] + ": must have at most 50 languages");
        assertThat(context.violations().get(0).message(new Locale("id"))).isEqualTo("paling banyak 50 bahasa");
    }

    @Test
    void aPublishedTextNeedsIndonesianOrEnglish() throws IOException {
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'ja': '協力'}}"))
                .containsExactly("/title: needs the text in Indonesian or English (other languages may be added beside)");
        Violation violation = violationOf(Episode.class, "{'id': 'e', 'number': 1, 'title': {'ja': '協力'}}");
        assertThat(violation.message(new Locale("id"))).isEqualTo(
                "memerlukan teks dalam bahasa Indonesia atau bahasa Inggris (bahasa lain boleh ditambahkan)");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': 'T', 'ja': '" + "あ".repeat(201)
                + "'}}")).containsExactly("/title: must be at most 200 characters long");
    }

    @Test
    void aQuoteKeepsItsWordsInItsOwnLanguage() throws IOException {
        Quote quote = read(Quote.class, "{'speakerId': 'a', 'text': {'ja': '協力します', 'en': 'We will cooperate'},"
                + " 'language': 'ja'}");

        assertThat(quote.original()).contains("協力します");
        assertThat(quote.translations()).containsExactly(LanguageTag.ENGLISH);
        assertThat(violations(Quote.class, "{'speakerId': 'a', 'text': {'en': 'We will cooperate'}, 'language': 'ja'}"))
                .containsExactly("/text: must include the words in the language they were said in");
    }

    private static Violation violationOf(Class<?> type, String json) throws IOException {
        ReadContext context = new ReadContext(true);
        assertThat(OutreachFormatTest.read(type, json, context)).isNull();
        assertThat(context.violations()).hasSize(1);
        return context.violations().get(0);
    }
}
