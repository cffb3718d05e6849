package dev.outreach.conformance;

import static dev.outreach.conformance.Reads.lines;
import static dev.outreach.conformance.Reads.rejected;
import static dev.outreach.conformance.Reads.rejectedViolations;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Person;
import dev.outreach.core.Violation;
import dev.outreach.samples.KemluSpace;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What both Jackson modules must do alike, run against each by a subclass that names its
 * {@link ModuleCodec}: read YAML as the format describes it (aliases, numbers, the version
 * marker, encodings, limits) through their hardened YAML mappers, write the same bytes, and
 * harden a mapper without touching what it was given. The slower YAML cases are in
 * {@link YamlHostileInputCases}.
 */
public abstract class ConformanceCases {

    private static final String EPISODE = "id: e\nnumber: 1\ntitle:\n";
    private static final String LIMIT = "exceeds a size limit of the reader (nesting depth, string or number length)";

    /** @return the module under test */
    protected abstract ModuleCodec codec();

    private ModuleCodec.Reader yaml() {
        return codec().yaml();
    }

    private Object read(String yaml, Class<?> type) throws Exception {
        return yaml().read(yaml.getBytes(UTF_8), type);
    }

    // ---- durations and recordings ----------------------------------------------------------

    private static final String RECORDED = "{\"id\":\"e\",\"number\":1,\"title\":{\"en\":\"E\"},"
            + "\"aired\":\"2022-11-08T19:30+08:00\",\"duration\":\"DURATION\",\"status\":\"ended\","
            + "\"recording\":{\"url\":\"https://example.org/r\",\"duration\":\"PT1H28M30.5S\"}}";

    @Test
    void anEpisodesDurationAndRecordingAreReadAndWrittenAsIso8601() throws Exception {
        Episode episode = (Episode) codec().json().read(RECORDED.replace("DURATION", "PT1H30M").getBytes(UTF_8),
                Episode.class);
        assertThat(episode.duration()).contains(Duration.ofMinutes(90));
        assertThat(episode.recording().orElseThrow().duration()).contains(Duration.parse("PT1H28M30.5S"));
        assertThat(new String(codec().writeJson(episode), UTF_8))
                .contains("\"duration\":\"PT1H30M\"", "\"duration\":\"PT1H28M30.5S\"");
        Episode week = (Episode) codec().json().read(RECORDED.replace("DURATION", "P7D").getBytes(UTF_8),
                Episode.class);
        assertThat(new String(codec().writeJson(week), UTF_8)).contains("\"duration\":\"PT168H\"");
    }

    @Test
    void aDurationThatIsNotOneOrOutOfRangeIsRefusedAtItsPointerInBothLanguages() {
        for (String bad : List.of("-PT1H", "pt1h", "PT1H30", "1:30", "P1W", "PT99999999999999999999H", "P")) {
            List<Violation> violations = rejectedViolations(codec(), codec().json(),
                    RECORDED.replace("DURATION", bad).getBytes(UTF_8), Episode.class);
            assertThat(lines(violations, Locale.ENGLISH)).as(bad)
                    .containsExactly("/duration: must be an ISO 8601 duration such as PT1H30M");
            assertThat(lines(violations, Locale.forLanguageTag("id"))).as(bad)
                    .containsExactly("/duration: harus berupa durasi ISO 8601 seperti PT1H30M");
        }
        for (String outOfRange : List.of("PT0S", "P0D", "P7DT0.000000001S", "PT169H")) {
            List<Violation> violations = rejectedViolations(codec(), codec().json(),
                    RECORDED.replace("DURATION", outOfRange).getBytes(UTF_8), Episode.class);
            assertThat(lines(violations, Locale.ENGLISH)).as(outOfRange)
                    .containsExactly("/duration: must be more than zero and at most 7 days");
            assertThat(lines(violations, Locale.forLanguageTag("id"))).as(outOfRange)
                    .containsExactly("/duration: harus lebih dari nol dan paling lama 7 hari");
        }
    }

    // ---- aliases ---------------------------------------------------------------------------

    @Test
    void anAliasIsRefusedAtItsPlaceNeverReadAsItsName() {
        String alias = EPISODE + "  id: &t Road to WCCE\n  en: *t\n";
        List<String> english = rejected(codec(), yaml(), alias, Episode.class);
        assertThat(english).containsExactly("/title/en: YAML aliases are not supported (write the value itself)");
        assertThat(lines(rejectedViolations(codec(), yaml(), alias.getBytes(UTF_8), Episode.class), Locale.forLanguageTag("id")))
                .containsExactly("/title/en: alias YAML tidak didukung (tulis nilainya sendiri)");
    }

    @Test
    void anAliasOfAnObjectOrInAListIsRefusedThere() {
        assertThat(rejected(codec(), yaml(), "id: e\nnumber: 1\nx: &t\n  en: Road\ntitle: *t\n", Episode.class))
                .contains("/title: YAML aliases are not supported (write the value itself)");
        assertThat(rejected(codec(), yaml(), EPISODE + "  en: Road\npartnerIds: [&p kemlu, *p]\n", Episode.class))
                .containsExactly("/partnerIds/1: YAML aliases are not supported (write the value itself)");
    }

    @Test
    void anAnchorAloneIsHarmless() throws Exception {
        Episode episode = (Episode) read(EPISODE + "  en: &t Road to WCCE\n", Episode.class);
        assertThat(episode.title().english()).contains("Road to WCCE");
    }

    // ---- numbers ---------------------------------------------------------------------------

    @Test
    void numbersThatJsonDoesNotAllowAreNotWholeNumbers() {
        for (String number : List.of("010", "01", "0x1F", "0o17", "0b101", "1_000", "+1", "0x_1", ".5", "1.",
                "1e", "0777", "-01")) {
            assertThat(rejected(codec(), yaml(), "id: e\nnumber: " + number + "\ntitle:\n  en: x\n", Episode.class))
                    .as(number).containsExactly("/number: must be a whole number");
        }
    }

    @Test
    void numbersAsJsonWritesThemAreRead() throws Exception {
        for (String number : List.of("1", "10", "2147483647")) {
            Episode episode = (Episode) read("id: e\nnumber: " + number + "\ntitle:\n  en: x\n", Episode.class);
            assertThat(episode.number()).isEqualTo(Integer.parseInt(number));
        }
        assertThat(rejected(codec(), yaml(), "id: e\nnumber: 2147483648\ntitle:\n  en: x\n", Episode.class))
                .containsExactly("/number: must be a whole number from -2147483648 to 2147483647");
    }

    @Test
    void aPlainScalarThatLooksLikeANumberIsTextWhereTextIsExpected() throws Exception {
        // Read as text, as Jackson 3 reads it; a number JSON allows stays a number.
        Person person = (Person) read("id: a\nname: 0x1F\n", Person.class);
        assertThat(person.name()).isEqualTo("0x1F");
        assertThat(rejected(codec(), yaml(), "id: a\nname: 10\n", Person.class))
                .containsExactly("/name: must be a string");
    }

    // ---- writing and reading back ----------------------------------------------------------

    @Test
    void theVersionMarkerWrittenWithoutQuotesIsReadBack() throws Exception {
        Dossier dossier = KemluSpace.dossier();
        String minimal = codec().writeYamlMinimizingQuotes(dossier);
        assertThat(minimal).contains("outreachFormat: 1.1\n");
        assertThat(read(minimal, Dossier.class)).isEqualTo(dossier);
        assertThat(rejected(codec(), yaml(), "outreachFormat: 2.0\n" + EPISODE + "  en: x\n", Episode.class))
                .containsExactly("/outreachFormat: names a format version this reader does not support");
        assertThat(rejected(codec(), yaml(), "outreachFormat: 1\n" + EPISODE + "  en: x\n", Episode.class))
                .containsExactly("/outreachFormat: must be a string");
        // JSON keeps its string.
        assertThat(Reads.rejected(codec(), codec().json(), "{\"outreachFormat\":1.0,\"id\":\"a\",\"name\":\"A\"}",
                Person.class)).containsExactly("/outreachFormat: must be a string");
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreRead() throws Exception {
        String person = "\ufeffid: a\nname: Aldi \ud83d\ude00\n";
        for (String charset : List.of("UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            Person read = (Person) yaml().read(person.getBytes(Charset.forName(charset)), Person.class);
            assertThat(read.name()).as(charset).isEqualTo("Aldi \ud83d\ude00");
        }
    }

    @Test
    void utf16CutInsideACharacterIsNotWellFormed() {
        byte[] utf16 = "\ufeffid: a\nname: Aldi\n".getBytes(Charset.forName("UTF-16BE"));
        byte[] cut = java.util.Arrays.copyOf(utf16, utf16.length - 1);
        Throwable thrown = Reads.thrown(yaml(), cut, Person.class);
        assertThat(codec().violations(thrown) != null || codec().isJacksonException(thrown)).as("%s", thrown).isTrue();
    }

    // ---- limits ----------------------------------------------------------------------------

    @Test
    void theReadLimitsOfJsonApplyToYaml() {
        assertThat(rejected(codec(), yaml(), EPISODE + "  en: " + "a".repeat(200_000) + "\n", Episode.class))
                .containsExactly("/title/en: " + LIMIT);
        assertThat(rejected(codec(), yaml(), "id: a\nname: A\n" + "k".repeat(300) + ": 1\n", Person.class))
                .extracting(line -> line.substring(line.indexOf(": ") + 2)).containsExactly(LIMIT);
        assertThat(rejected(codec(), yaml(), "id: a\nname: A\nx: " + "[".repeat(100) + "]".repeat(100) + "\n",
                Person.class)).last().asString().endsWith(LIMIT);
    }

    // ---- hardening leaves what it is given alone -------------------------------------------

    @Test
    void hardeningOneMapperLeavesAnotherOnTheSameFactoryAsItWas() throws Exception {
        // 150,000 characters: beyond the hardened limit, within Jackson's default (20,000,000),
        // so the other mapper reads it whole and the model's rule reports it: the title's own limit.
        String episode = "{\"id\":\"e\",\"number\":1,\"title\":{\"en\":\"" + "a".repeat(150_000) + "\"}}";
        Throwable thrown = Reads.thrown(codec().otherMapperOnAFactoryShared(), episode.getBytes(UTF_8), Episode.class);
        assertThat(lines(codec().violations(thrown), Locale.ENGLISH))
                .containsExactly("/title/en: must be at most 200 characters long");
    }

    // ---- the same bytes --------------------------------------------------------------------

    @Test
    void charactersBeyondTheBasicPlaneAreWrittenAsUtf8() throws Exception {
        Person person = (Person) codec().json().read(
                "{\"id\":\"a\",\"name\":\"Aldi \\ud83d\\ude00 \\ud83c\\uddee\\ud83c\\udde9\"}".getBytes(UTF_8), Person.class);
        assertThat(codec().writeJson(person)).isEqualTo(
                "{\"outreachFormat\":\"1.1\",\"id\":\"a\",\"name\":\"Aldi \ud83d\ude00 \ud83c\uddee\ud83c\udde9\"}".getBytes(UTF_8));
    }
}
