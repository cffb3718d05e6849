package dev.outreach.jsonld;

import static dev.outreach.jsonld.Fixtures.WRITER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outreach.samples.KemluSpace;
import org.junit.jupiter.api.Test;

/**
 * The article's content as JSON-LD, compared as JSON trees with the expected documents in the
 * test resources. Each expected document was checked by hand against the article and the
 * mapping documented on {@link JsonLdWriter}.
 */
class ArticleDocumentsTest {

    @Test
    void programIsAPodcastSeriesWithItsEpisode() {
        assertThat(WRITER.program(KemluSpace.program()))
                .isEqualTo(Fixtures.read("program-kemlu-space.jsonld"));
    }

    @Test
    void episodeIsAPodcastEpisodeOfItsSeries() {
        assertThat(WRITER.episode(KemluSpace.roadToWcce(), KemluSpace.program()))
                .isEqualTo(Fixtures.read("episode-road-to-wcce.jsonld"));
    }

    @Test
    void eventIsAnEventWithItsSuperEventResolved() {
        assertThat(WRITER.event(KemluSpace.wcce(), KemluSpace.dossier()))
                .isEqualTo(Fixtures.read("event-wcce-2022.jsonld"));
    }

    @Test
    void eventWithALookupIsTheSameAsWithTheDossier() {
        assertThat(WRITER.event(KemluSpace.wcce(), id -> KemluSpace.dossier().event(id)))
                .isEqualTo(Fixtures.read("event-wcce-2022.jsonld"));
    }

    @Test
    void coverageIsANewsArticle() {
        assertThat(WRITER.coverage(KemluSpace.coverage(), KemluSpace.dossier()))
                .isEqualTo(Fixtures.read("coverage-deal-jakarta.jsonld"));
    }

    @Test
    void dossierIsAGraphOfTheProgramThePublishableEventAndTheCoverage() {
        assertThat(WRITER.dossier(KemluSpace.dossier()))
                .isEqualTo(Fixtures.read("dossier-kemlu-space.jsonld"));
    }

    @Test
    void theEpisodeInTheProgramIsTheEpisodeDocumentWithoutItsContext() {
        ObjectNode episode = (ObjectNode) Fixtures.read("episode-road-to-wcce.jsonld");
        episode.remove("@context");
        assertThat(WRITER.program(KemluSpace.program()).get("hasPart")).isEqualTo(episode);
    }

    @Test
    void theStringFormIsTheSameTree() {
        assertThat(Fixtures.parse(WRITER.writeString(KemluSpace.program())))
                .isEqualTo(Fixtures.read("program-kemlu-space.jsonld"));
        assertThat(Fixtures.parse(Fixtures.JSONLD.coverage(KemluSpace.coverage(), KemluSpace.dossier())))
                .isEqualTo(Fixtures.read("coverage-deal-jakarta.jsonld"));
    }

    @Test
    void everyDocumentStartsWithTheSchemaOrgContext() {
        assertThat(WRITER.program(KemluSpace.program()).fieldNames().next()).isEqualTo("@context");
        assertThat(WRITER.event(KemluSpace.wcce()).get("@context").asText()).isEqualTo("https://schema.org");
    }
}
