package dev.outreach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Program;
import dev.outreach.jackson.OutreachJson;
import dev.outreach.jackson.OutreachModule;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tool end to end, through {@link OutreachTool#run}, on files in a temporary folder. */
class OutreachToolTest {

    /** An episode typed by hand with five mistakes, one of each kind. */
    private static final String BROKEN_EPISODE = """
            {
              "id": "Road to WCCE",
              "number": 0,
              "title": { "en": "Road to WCCE " },
              "aired": "4/10/2022",
              "judul": "Road to WCCE"
            }
            """;

    /** Episode 1 as a press officer would write it in YAML: plain scalars, a comment, a date. */
    private static final String EPISODE_YAML = """
            # Kemlu Space, episode 1
            id: road-to-wcce
            number: 1
            title:
              id: Road to WCCE
              en: Road to WCCE
            aired: 2022-10-04
            speakers:
              - person:
                  id: antonius-yudi-triantoro
                  name: Antonius Yudi Triantoro
                role: guest
            quotes:
              - speakerId: antonius-yudi-triantoro
                text:
                  id: "World Conference on Creative Economy sebagai wadah bagi pelaku-pelaku ekraf global"
                language: id
            """;

    @TempDir
    Path folder;

    @Test
    void aValidJsonFileIsReportedOkWithItsType() throws IOException {
        Path file = write("dossier.json", fixture("valid/dossier-kemlu-space.json"));

        ToolRun run = ToolRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.VALID);
        assertThat(run.outLines()).containsExactly(file + ": OK, a valid Dossier");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"episode.yaml", "episode.yml", "EPISODE.YAML"})
    void aValidYamlFileIsReportedOk(String name) throws IOException {
        Path file = write(name, EPISODE_YAML);

        ToolRun run = ToolRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.VALID);
        assertThat(run.outLines()).containsExactly(file + ": OK, a valid Episode");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void eachViolationOfAnInvalidFileIsOneLineInEnglish() throws IOException {
        Path file = write("broken.json", BROKEN_EPISODE);

        ToolRun run = ToolRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.INVALID);
        // Every line exactly; the order is the reader's (see the report on document order).
        assertThat(run.outLines()).containsExactlyInAnyOrder(
                file + ": /id: must be a lowercase slug of letters, digits and single hyphens, at most 64 characters",
                file + ": /number: must be 1 or more",
                file + ": /title/en: must not start or end with white space",
                file + ": /aired: must be an ISO 8601 date (2022-10-04) or date-time with offset "
                        + "(2022-10-04T19:00+07:00)",
                file + ": /judul: is not a property of this object");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void langIdGivesTheSameLinesInIndonesianBeforeOrAfterTheCommand(boolean before) throws IOException {
        Path file = write("rusak.json", BROKEN_EPISODE);

        ToolRun run = before
                ? ToolRun.of("--lang", "id", "validate", file.toString())
                : ToolRun.of("validate", "--lang=id", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(run.outLines()).containsExactlyInAnyOrder(
                file + ": /id: harus berupa slug huruf kecil dari huruf, angka, dan tanda hubung tunggal, "
                        + "paling banyak 64 karakter",
                file + ": /number: harus 1 atau lebih",
                file + ": /title/en: tidak boleh diawali atau diakhiri spasi",
                file + ": /aired: harus berupa tanggal ISO 8601 (2022-10-04) atau tanggal-waktu dengan offset "
                        + "(2022-10-04T19:00+07:00)",
                file + ": /judul: bukan properti objek ini");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theDocumentItselfIsPointedAtWithASlash() throws IOException {
        Path file = write("list.json", "[ {} ]");

        ToolRun run = ToolRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(run.outLines()).containsExactly(file + ": /: must be an object");
    }

    @Test
    void theJvmsDefaultLocaleDoesNotChooseTheLanguage() throws IOException {
        Path file = write("broken.json", "{\"number\": 0}");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("id-ID"));
            ToolRun run = ToolRun.of("validate", "--type", "episode", file.toString());
            assertThat(run.outLines()).contains(file + ": /number: must be 1 or more");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aFileThatIsNotJsonAtAllGetsOneLine() throws IOException {
        Path file = write("notes.json", "Kemlu Space, episode 1: Road to WCCE\nAired 4/10/2022\n");

        ToolRun run = ToolRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(run.outLines()).containsExactly(
                file + ": is not a JSON document (not well-formed at line 1, column 1)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBinaryFileNamedYamlGetsOneLineInIndonesian() throws IOException {
        Path file = folder.resolve("foto.yml");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});

        ToolRun run = ToolRun.of("--lang", "id", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(run.outLines()).containsExactly(
                file + ": bukan dokumen YAML (tidak tersusun dengan benar pada baris 1, kolom 1)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anEmptyFileAndASecondDocumentAreNamedAsSuch() throws IOException {
        Path empty = write("empty.json", " \n");
        Path two = write("two.yaml", "programs: []\n---\nevents: []\n");

        ToolRun run = ToolRun.of("validate", empty.toString(), two.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(run.outLines()).containsExactly(
                empty + ": is empty: there is no document in it",
                two + ": holds more than one document: more follows the first at line 3, column 1");
    }

    @Test
    void aMalformedDocumentInsideTheObjectIsAViolationWithItsPointer() throws IOException {
        Path file = write("cut.json", "{\"programs\": [");

        ToolRun run = ToolRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(run.outLines()).containsExactly(file + ": /programs: is not well-formed (line 1, column 15)");
    }

    @Test
    void aMissingFileIsExitTwoOnStandardError() {
        Path file = folder.resolve("missing.json");

        ToolRun run = ToolRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(run.errLines()).containsExactly(file + ": no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyFileIsCheckedAndTheWorstOutcomeIsTheExitCode() throws IOException {
        Path valid = write("episode.yaml", EPISODE_YAML);
        Path broken = write("broken.json", "{\"number\": 0, \"title\": {\"en\": \"x\"}, \"id\": \"x\"}");
        Path folderNamedJson = Files.createDirectory(folder.resolve("archive.json"));
        Path text = write("notes.txt", "hello");

        ToolRun invalidOnly = ToolRun.of("validate", valid.toString(), broken.toString());
        ToolRun withUnreadable = ToolRun.of("validate", valid.toString(), broken.toString(),
                folderNamedJson.toString(), text.toString());

        assertThat(invalidOnly.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(invalidOnly.outLines()).containsExactly(
                valid + ": OK, a valid Episode",
                broken + ": /number: must be 1 or more");
        assertThat(withUnreadable.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(withUnreadable.outLines()).isEqualTo(invalidOnly.outLines());
        assertThat(withUnreadable.errLines()).containsExactly(
                folderNamedJson + ": is a directory, not a file",
                text + ": is not named .json, .yaml or .yml, so its format is unknown");
    }

    @Test
    void typeNamesWhatTheFileHoldsInsteadOfGuessing() throws IOException {
        Path episode = write("episode.json", fixture("valid/episode-road-to-wcce.json"));

        ToolRun asEpisode = ToolRun.of("validate", "--type", "episode", episode.toString());
        ToolRun asEvent = ToolRun.of("validate", "--type=event", episode.toString());

        assertThat(asEpisode.exitCode()).isEqualTo(OutreachTool.VALID);
        assertThat(asEpisode.outLines()).containsExactly(episode + ": OK, a valid Episode");
        assertThat(asEvent.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(asEvent.outLines()).contains(episode + ": /number: is not a property of this object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "--lang fr validate x.json", "validate --type podcast x.json",
            "publish x.json", "convert x.json", "convert --to xml x.json", "convert --to json a.json b.json"})
    void usageErrorsAreExitTwoWithTheReasonOnStandardError(String commandLine) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");

        ToolRun run = ToolRun.of(args);

        assertThat(run.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isNotEmpty();
        assertThat(run.errLines().get(0)).matches("(Missing|Invalid value|Unmatched argument|Unknown).*");
        assertThat(run.err()).containsAnyOf("Usage: outreach", "Did you mean: outreach");
    }

    @Test
    void convertGoesFromJsonToYamlAndBackToAnEqualValue() throws IOException {
        Path json = write("dossier.json", fixture("valid/dossier-kemlu-space.json"));

        ToolRun toYaml = ToolRun.of("convert", "--to", "yaml", json.toString());
        assertThat(toYaml.exitCode()).isEqualTo(OutreachTool.VALID);
        assertThat(toYaml.err()).isEmpty();
        assertThat(toYaml.out()).startsWith("outreachFormat: \"1.1\"\nprograms:\n");
        Path yaml = write("dossier.yaml", toYaml.out());

        ToolRun toJson = ToolRun.of("convert", "--to=json", yaml.toString());
        assertThat(toJson.exitCode()).isEqualTo(OutreachTool.VALID);
        assertThat(toJson.err()).isEmpty();

        YAMLMapper yamlMapper = ContentFiles.yamlMapper(new OutreachModule());
        assertThat(yamlMapper.readValue(toYaml.out(), Dossier.class)).isEqualTo(KemluSpace.dossier());
        assertThat(OutreachJson.hardenedMapper().readValue(toJson.out(), Dossier.class))
                .isEqualTo(KemluSpace.dossier());
        assertThat(toJson.out()).isEqualToNormalizingNewlines(fixture("valid/dossier-kemlu-space.json"));
    }

    @Test
    void aUtf16YamlFileWithAByteOrderMarkIsReadAsAUtf16JsonFileIs() throws IOException {
        for (String charset : new String[] {"UTF-16BE", "UTF-16LE"}) {
            Path yaml = folder.resolve("episode-" + charset + ".yaml");
            Files.write(yaml, ("\ufeff" + EPISODE_YAML).getBytes(java.nio.charset.Charset.forName(charset)));
            ToolRun run = ToolRun.of("validate", yaml.toString());
            assertThat(run.outLines()).as(charset).containsExactly(yaml + ": OK, a valid Episode");
        }
    }

    @Test
    void aProgramOfMoreThanThreeMillionCharactersConvertedToYamlIsReadBack() throws IOException {
        // SnakeYAML refuses documents of more than 3,000,000 code points unless told otherwise.
        Program.Builder builder = Program.builder().id("kemlu-space").name(KemluSpace.program().name())
                .organizer(KemluSpace.kemlu()).platform(KemluSpace.program().platform());
        String words = "Kemlu Space membahas isu terkini bersama mitra daerah. ".repeat(80).substring(0, 4_000).trim();
        for (int i = 1; i <= 1_100; i++) {
            builder.addEpisode(Episode.builder().id("episode-" + i).number(i)
                    .title(BilingualText.of("Episode " + i, "Episode " + i))
                    .description(BilingualText.indonesian(words)).build());
        }
        Program program = builder.build();
        Path json = write("program.json", OutreachJson.hardenedMapper().writeValueAsString(program));
        assertThat(Files.size(json)).isGreaterThan(4_500_000);

        ToolRun toYaml = ToolRun.of("convert", "--to", "yaml", json.toString());
        assertThat(toYaml.exitCode()).isEqualTo(OutreachTool.VALID);
        Path yaml = write("program.yaml", toYaml.out());
        assertThat(Files.size(yaml)).isGreaterThan(4_500_000);

        ToolRun validate = ToolRun.of("validate", yaml.toString());
        assertThat(validate.outLines()).containsExactly(yaml + ": OK, a valid Program");
        assertThat(ContentFiles.yamlMapper(new OutreachModule()).readValue(toYaml.out(), Program.class))
                .isEqualTo(program);
    }

    @Test
    void convertPrintsNothingForAnInvalidFileAndItsViolationsOnStandardError() throws IOException {
        Path file = write("broken.json", "{\"number\": 0, \"title\": {\"en\": \"x\"}, \"id\": \"x\"}");

        ToolRun run = ToolRun.of("--lang", "id", "convert", "--to", "yaml", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(file + ": /number: harus 1 atau lebih");
    }

    @Test
    void schemaPrintsAJsonObject() throws IOException {
        ToolRun run = ToolRun.of("schema");

        assertThat(run.exitCode()).isEqualTo(OutreachTool.VALID);
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(schema).isNotNull();
        assertThat(schema.isObject()).isTrue();
        assertThat(run.out()).isEqualToIgnoringNewLines(OutreachJson.schema());
    }

    @Test
    void demoPrintsTheArticlesDossier() throws IOException {
        ToolRun run = ToolRun.of("demo");

        assertThat(run.exitCode()).isEqualTo(OutreachTool.VALID);
        assertThat(run.err()).isEmpty();
        JsonMapper mapper = OutreachJson.hardenedMapper();
        assertThat(mapper.readValue(run.out(), Dossier.class)).isEqualTo(KemluSpace.dossier());
        assertThat(run.out()).isEqualToNormalizingNewlines(fixture("valid/dossier-kemlu-space.json"));
    }

    @Test
    void versionIsTheMavenProjectVersion() {
        String expected = System.getProperty("outreach.expectedVersion");
        assertThat(expected).as("set by the build").isNotBlank();

        ToolRun run = ToolRun.of("--version");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.outLines()).containsExactly("outreach " + expected);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        ToolRun run = ToolRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("validate", "convert", "schema", "demo", "--lang=LANG", "Exit codes:");
    }

    @Test
    void theValidFixturesAreReadAsTheTypeTheirNameSays() throws IOException {
        Path dossier = write("a.json", fixture("valid/dossier-kemlu-space.json"));
        Path episode = write("b.json", fixture("valid/episode-road-to-wcce.json"));
        Path event = write("c.json", fixture("valid/event-wcce-2022.json"));

        ToolRun run = ToolRun.of("validate", dossier.toString(), episode.toString(), event.toString());

        assertThat(run.outLines()).containsExactly(
                dossier + ": OK, a valid Dossier",
                episode + ": OK, a valid Episode",
                event + ": OK, a valid Event");
        assertThat(OutreachJson.hardenedMapper().readValue(episode.toFile(), Episode.class))
                .isEqualTo(KemluSpace.roadToWcce());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    static String fixture(String path) throws IOException {
        try (InputStream in = OutreachToolTest.class.getResourceAsStream("/fixtures/" + path)) {
            assertThat(in).as("fixture " + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
