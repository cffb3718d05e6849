package dev.outreach.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.format.OutreachFormat;
import dev.outreach.jackson.OutreachJson;
import dev.outreach.samples.KemluSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** How the tool tells what a file holds. */
class RootTypeTest {

    @TempDir
    Path folder;

    @Test
    void theMarkersOfATypeAreThePropertiesNoOtherRootTypeHas() {
        for (RootType type : RootType.values()) {
            List<String> own = new ArrayList<>(properties(type));
            for (RootType other : RootType.values()) {
                if (other != type) {
                    own.removeAll(properties(other));
                }
            }
            assertThat(type.markers()).as("the markers of %s, from the format's definitions", type)
                    .containsExactlyElementsOf(own);
        }
    }

    private static List<String> properties(RootType type) {
        return OutreachFormat.all().stream().filter(format -> format.type() == type.type()).findFirst()
                .orElseThrow().propertyNames();
    }

    @Test
    void theTypeWithMostOfItsOwnPropertiesWins() {
        assertThat(RootType.detect(Set.of("programs", "events"))).isEqualTo(RootType.DOSSIER);
        assertThat(RootType.detect(Set.of("id", "name", "organizer", "platform"))).isEqualTo(RootType.PROGRAM);
        assertThat(RootType.detect(Set.of("id", "number", "title"))).isEqualTo(RootType.EPISODE);
        assertThat(RootType.detect(Set.of("id", "name", "edition", "start"))).isEqualTo(RootType.EVENT);
        assertThat(RootType.detect(Set.of("outlet", "byline", "language"))).isEqualTo(RootType.COVERAGE);
        // A typo in one property does not outvote the others.
        assertThat(RootType.detect(Set.of("numbr", "title", "aired", "programs"))).isEqualTo(RootType.EPISODE);
    }

    @Test
    void aDocumentWithNoneOfTheMarkersIsADossier() {
        assertThat(RootType.detect(Set.of())).isEqualTo(RootType.DOSSIER);
        assertThat(RootType.detect(Set.of("id", "name", "outreachFormat"))).isEqualTo(RootType.DOSSIER);
    }

    @Test
    void typeOptionAcceptsAutoAndTheFiveTypesInAnyCase() {
        RootType.Converter converter = new RootType.Converter();
        assertThat(converter.convert("auto")).isNull();
        assertThat(converter.convert("Episode")).isEqualTo(RootType.EPISODE);
        assertThat(converter.convert("coverage")).isEqualTo(RootType.COVERAGE);
        assertThatThrownBy(() -> converter.convert("podcast")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("dossier, program, episode, event or coverage");
    }

    @Test
    void aProgramAndAnArticleFileAreRecognised() throws Exception {
        Path program = Files.writeString(folder.resolve("program.json"),
                OutreachJson.hardenedMapper().writeValueAsString(KemluSpace.program()));
        Path coverage = Files.writeString(folder.resolve("coverage.json"),
                OutreachJson.hardenedMapper().writeValueAsString(KemluSpace.coverage()));

        ToolRun run = ToolRun.of("validate", program.toString(), coverage.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.VALID);
        assertThat(run.outLines()).containsExactly(
                program + ": OK, a valid Program",
                coverage + ": OK, a valid Coverage");
    }
}
