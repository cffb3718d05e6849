package dev.outreach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.core.ReachReport;
import dev.outreach.jackson.OutreachJson;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reach} and {@code convert --to jsonld}, end to end through the tool's entry point. */
class ReachAndJsonLdCommandTest {

    private static final JsonMapper MAPPER = OutreachJson.hardenedMapper();

    @TempDir
    Path folder;

    private Path dossier;
    private Path program;
    private Path event;

    @BeforeEach
    void writeTheArticle() throws IOException {
        dossier = folder.resolve("kemlu-space.json");
        Files.writeString(dossier, MAPPER.writeValueAsString(KemluSpace.dossier()));
        program = folder.resolve("program.yaml");
        Files.writeString(program, ContentFiles.yamlMapper(new dev.outreach.jackson.OutreachModule())
                .writeValueAsString(KemluSpace.program()));
        event = folder.resolve("g20.json");
        Files.writeString(event, MAPPER.writeValueAsString(KemluSpace.g20()));
    }

    @Test
    void reachShowsTheArticlesGapAsATable() {
        ToolRun run = ToolRun.of("reach", dossier.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).startsWith(
                "Reach of program kemlu-space",
                "Provinces reached by regional media partners: 0 of 38 (0.0%)",
                "",
                "Partners by kind and scope:",
                "  ministry  national  kemenparekraf",
                "",
                "Provinces reached:",
                "  (none)",
                "",
                "Provinces not reached:",
                "  ID-AC  Aceh");
        assertThat(run.outLines()).contains("  ID-PD  Papua Barat Daya", "Partners per episode:",
                "  1  road-to-wcce  kemenparekraf");
        assertThat(run.outLines().stream().filter(line -> line.matches("  ID-[A-Z]{2} .*"))).hasSize(38);
    }

    @Test
    void reachSpeaksIndonesianAndReadsYamlPrograms() {
        ToolRun run = ToolRun.of("--lang", "id", "reach", program.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).startsWith("Jangkauan program kemlu-space",
                "Provinsi yang dijangkau mitra media daerah: 0 dari 38 (0.0%)");
    }

    @Test
    void reachWritesTheReportsAsJson() throws IOException {
        ToolRun run = ToolRun.of("reach", "--json", dossier.toString());
        assertThat(run.exitCode()).isZero();
        ReachReport[] reports = MAPPER.readValue(run.out(), ReachReport[].class);
        assertThat(reports).containsExactly(ReachReport.of(KemluSpace.program()));
    }

    @Test
    void reachRefusesAFileWithoutAProgram() {
        ToolRun run = ToolRun.of("reach", event.toString());
        assertThat(run.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(run.errLines()).containsExactly(
                event + ": holds neither a program nor a dossier, so it has no partners to report on");
    }

    @Test
    void convertToJsonLdWritesSchemaOrgWithIdsUnderTheBase() throws IOException {
        ToolRun run = ToolRun.of("convert", "--to", "jsonld", "--base", "https://kemlu.go.id/outreach/",
                dossier.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode document = MAPPER.readTree(run.out());
        assertThat(document.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(document.path("@graph").findValuesAsText("@id"))
                .contains("https://kemlu.go.id/outreach/programs/kemlu-space",
                        "https://kemlu.go.id/outreach/events/wcce-2022");
    }

    @Test
    void convertToJsonLdRefusesAnEventSearchEnginesCouldNotUse() {
        ToolRun run = ToolRun.of("convert", "--to", "jsonld", event.toString());
        assertThat(run.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(event + ": Event \"g20-2022\" cannot be written as a schema.org Event");
    }

    @Test
    void aBadBaseIsAUsageError() {
        ToolRun run = ToolRun.of("convert", "--to", "jsonld", "--base", "not a url", dossier.toString());
        assertThat(run.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(run.err()).startsWith("--base: ");
    }
}
