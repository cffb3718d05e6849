package dev.outreach.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Dossier;
import dev.outreach.samples.KemluSpace;
import dev.outreach.samples.KemluSpaceTokyo;
import dev.outreach.fixtures.FixtureTypes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The samples' golden documents, read and written alike by both Jackson modules (run against
 * each by a subclass that names its {@link ModuleCodec}): the article's dossier and the second
 * episode's, in JSON ({@code fixtures/valid/}) and, for the second episode, in YAML
 * ({@code fixtures/yaml/}). Each document reads to the value the samples module builds, and the
 * value writes back to the same document. The documents of {@code fixtures/format-1.0/}, as
 * version 1.0 of the format wrote them, read to the same values as today's.
 */
public abstract class SampleDocumentsCases {

    /** @return the module under test */
    protected abstract ModuleCodec codec();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SampleDocumentsCases.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the test class path").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theArticlesDossierReadsToTheSampleAndWritesBackToTheSameTree() throws Exception {
        byte[] golden = resource("fixtures/valid/dossier-kemlu-space.json");

        assertThat(codec().json().read(golden, Dossier.class)).isEqualTo(KemluSpace.dossier());
        assertThat(codec().readPlainJson(codec().writeJson(KemluSpace.dossier())))
                .isEqualTo(codec().readPlainJson(golden));
    }

    @Test
    void theSecondEpisodesJsonReadsToTheSampleAndWritesBackToTheSameTree() throws Exception {
        byte[] golden = resource("fixtures/valid/dossier-kemlu-space-tokyo.json");

        assertThat(codec().json().read(golden, Dossier.class)).isEqualTo(KemluSpaceTokyo.dossier());
        assertThat(codec().readPlainJson(codec().writeJson(KemluSpaceTokyo.dossier())))
                .isEqualTo(codec().readPlainJson(golden));
    }

    @Test
    void theSecondEpisodesYamlReadsToTheSampleAndIsWhatTheModuleWrites() throws Exception {
        byte[] golden = resource("fixtures/yaml/dossier-kemlu-space-tokyo.yaml");

        assertThat(codec().yaml().read(golden, Dossier.class)).isEqualTo(KemluSpaceTokyo.dossier());
        assertThat(codec().writeYaml(KemluSpaceTokyo.dossier())).isEqualTo(new String(golden, UTF_8));
        assertThat(codec().readPlainYaml(golden)).isEqualTo(codec().readPlainJson(
                resource("fixtures/valid/dossier-kemlu-space-tokyo.json")));
    }

    @Test
    void everyDocumentOfFormatOneZeroReadsAsTodaysDocumentOfTheSameName() throws Exception {
        URL url = SampleDocumentsCases.class.getClassLoader().getResource("fixtures/format-1.0");
        assertThat(url).as("fixtures/format-1.0 on the test class path").isNotNull();
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of(url.toURI()))) {
            files = all.sorted().collect(Collectors.toList());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] old = Files.readAllBytes(file);
            assertThat(new String(old, UTF_8)).as(name).contains("\"outreachFormat\" : \"1.0\"");
            Class<?> type = FixtureTypes.of(name);
            Object read = codec().json().read(old, type);
            assertThat(read).as(name).isEqualTo(codec().json().read(resource("fixtures/valid/" + name), type));
        }
    }

    @Test
    void theSecondEpisodesJapaneseWordsAreKeptInTheDocument() throws Exception {
        String json = new String(codec().writeJson(KemluSpaceTokyo.dossier()), UTF_8);

        assertThat(json).contains("\"ja\":\"日本とASEANの友情は、これからの五十年も続きます。\"",
                "\"language\":\"ja\"",
                "\"kind\":\"diplomatic-mission\"", "\"hostCountry\":\"JP\"", "\"role\":\"interpreter\"",
                "\"duration\":\"PT1H15M\"", "\"aired\":\"2023-12-12T19:30+08:00\"");
    }
}
