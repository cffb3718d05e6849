package dev.outreach.jsonld;

import static dev.outreach.jsonld.Fixtures.WRITER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outreach.core.Event;
import dev.outreach.core.Moment;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Identifiers, the generic entry point, and what the writer refuses besides incomplete events. */
class JsonLdWriterTest {

    @Test
    void identifiersAreMadeUnderTheBase() {
        assertThat(WRITER.program(KemluSpace.program()).get("@id").asText())
                .isEqualTo("https://example.go.id/outreach/programs/kemlu-space");
        JsonNode episode = WRITER.episode(KemluSpace.roadToWcce(), KemluSpace.program());
        assertThat(episode.get("@id").asText()).isEqualTo("https://example.go.id/outreach/episodes/road-to-wcce");
        assertThat(episode.get("actor").get(0).get("actor").get("@id").asText())
                .isEqualTo("https://example.go.id/outreach/people/antonius-yudi-triantoro");
        assertThat(episode.get("actor").get(0).get("actor").get("worksFor").get("@id").asText())
                .isEqualTo("https://example.go.id/outreach/organizations/kemlu");
        assertThat(WRITER.event(KemluSpace.wcce()).get("@id").asText())
                .isEqualTo("https://example.go.id/outreach/events/wcce-2022");
    }

    @Test
    void aRecordingIsTheEpisodesAudioAndItsEndTheBroadcastsEndDate() {
        JsonNode recorded = WRITER.episode(RichContent.recordedEpisode());
        assertThat(recorded.get("publication").get("endDate").asText()).isEqualTo("2022-11-08T21:00+08:00");
        assertThat(recorded.get("url").asText()).isEqualTo("https://spaces.example/live/3");
        JsonNode audio = recorded.get("audio");
        assertThat(audio.get("@type").asText()).isEqualTo("AudioObject");
        assertThat(audio.get("contentUrl").asText()).isEqualTo("https://spaces.example/recordings/3");
        assertThat(audio.get("duration").asText()).isEqualTo("PT1H28M30S");
        assertThat(audio.get("subjectOf").get("url").asText()).isEqualTo("https://kemlu.example/transkrip/3");
        assertThat(audio.get("subjectOf").get("inLanguage").asText()).isEqualTo("id");
        // The end of a known time plus a duration; none for a day plus a duration, which has no time of day.
        assertThat(WRITER.episode(RichContent.episodeWithDuration()).get("publication").get("endDate").asText())
                .isEqualTo("2022-11-15T20:30+07:00");
        JsonNode onADay = WRITER.episode(RichContent.episodeWithDuration().withAired(Moment.ofDate(2022, 11, 15)));
        assertThat(onADay.get("publication").has("endDate")).isFalse();
        assertThat(onADay.get("audio").has("subjectOf")).isFalse();
        assertThat(WRITER.episode(KemluSpace.roadToWcce()).has("audio")).isFalse();
    }

    @Test
    void aBaseWithoutFinalSlashGetsOne() {
        JsonLdWriter writer = JsonLdWriter.withBase("https://kemlu.example/ld");
        assertThat(writer.base()).isEqualTo("https://kemlu.example/ld/");
        assertThat(new TreeWriter(writer).event(KemluSpace.wcce()).get("@id").asText())
                .isEqualTo("https://kemlu.example/ld/events/wcce-2022");
        assertThat(JsonLdWriter.withBase(URI.create("http://localhost:8080/")).base()).isEqualTo("http://localhost:8080/");
        assertThat(writer).hasToString("JsonLdWriter[https://kemlu.example/ld/]");
    }

    @Test
    void aBaseMustBeAnAbsoluteHttpIriWithoutQueryOrFragment() {
        for (String bad : new String[] {"example.go.id/outreach/", "urn:example:outreach", "ftp://example.go.id/",
                "https://example.go.id/?x=1", "https://example.go.id/#top", "https://exa mple/"}) {
            assertThatThrownBy(() -> JsonLdWriter.withBase(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("IRI");
        }
    }

    @Test
    void theEntryPointDispatchesOnTheModelType() {
        assertThat(WRITER.write(KemluSpace.program())).isEqualTo(WRITER.program(KemluSpace.program()));
        assertThat(WRITER.write(KemluSpace.wcce())).isEqualTo(WRITER.event(KemluSpace.wcce()));
        assertThat(WRITER.write(KemluSpace.roadToWcce())).isEqualTo(WRITER.episode(KemluSpace.roadToWcce()));
        assertThat(WRITER.write(KemluSpace.dossier())).isEqualTo(Fixtures.read("dossier-kemlu-space.jsonld"));
        assertThat(Fixtures.parse(WRITER.writeString(KemluSpace.wcce()))).isEqualTo(WRITER.event(KemluSpace.wcce()));
    }

    @Test
    void writeToAppendsTheDocumentAndNothingWhenTheValueIsRefused() throws IOException {
        StringWriter out = new StringWriter();
        Fixtures.JSONLD.writeTo(KemluSpace.dossier(), out);
        assertThat(out.toString()).isEqualTo(Fixtures.JSONLD.writeString(KemluSpace.dossier()));
        StringBuilder page = new StringBuilder("<p>");
        assertThatThrownBy(() -> Fixtures.JSONLD.writeTo(KemluSpace.g20(), page))
                .isInstanceOf(IncompleteEventException.class);
        assertThat(page).hasToString("<p>");
        Writer full = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> Fixtures.JSONLD.writeTo(KemluSpace.program(), full))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void theEntryPointRefusesCoverageAndOtherTypesWithTheReason() {
        assertThatThrownBy(() -> WRITER.write(KemluSpace.coverage()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coverage(Coverage, Dossier)");
        assertThatThrownBy(() -> WRITER.write("a string"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write a java.lang.String as JSON-LD: expected a Program, Episode, Event or Dossier");
    }

    @Test
    void anEventAloneNamesItsLargerEventsByReference() {
        JsonNode superEvent = WRITER.event(KemluSpace.wcce()).get("superEvent");
        assertThat(superEvent).isEqualTo(Fixtures.parse("{\"@id\": \"" + Fixtures.BASE + "events/g20-2022\"}"));
    }

    @Test
    void aLargerEventTheLookupDoesNotFindIsRefused() {
        assertThatThrownBy(() -> WRITER.event(KemluSpace.wcce(), id -> Optional.<Event>empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(IncompleteEventException.class)
                .hasMessage("Event \"wcce-2022\" is side-event-of \"g20-2022\", which the given events do not include");
    }

    @Test
    void anEpisodeAloneHasNoSeriesAndItsPartnersAsReferences() {
        JsonNode episode = WRITER.episode(KemluSpace.roadToWcce());
        assertThat(episode.has("partOfSeries")).isFalse();
        assertThat(episode.get("publication").has("publishedOn")).isFalse();
        assertThat(episode.get("contributor"))
                .isEqualTo(Fixtures.parse("{\"@id\": \"" + Fixtures.BASE + "organizations/kemenparekraf\"}"));
    }

    @Test
    void anEpisodeOfAnotherProgramIsRefused() {
        assertThatThrownBy(() -> WRITER.episode(RichContent.episode(), KemluSpace.program()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("episode \"second-episode\" is not an episode of program \"kemlu-space\"");
    }

    @Test
    void anEpisodeOnItsOwnPlatformWithPartnersInTheirRoles() {
        JsonNode episode = WRITER.episode(RichContent.episode(), RichContent.program());
        assertThat(episode.get("publication").get("publishedOn").get("name").asText()).isEqualTo("YouTube Live");
        assertThat(episode.get("publication").get("isLiveBroadcast").asBoolean()).isTrue();
        assertThat(episode.get("contributor").get("roleName").asText()).isEqualTo("media-partner");
        assertThat(episode.get("contributor").get("contributor").get("areaServed").get(1))
                .isEqualTo(Fixtures.parse("{\"@type\": \"AdministrativeArea\", \"name\": \"Papua Barat Daya\","
                        + " \"identifier\": \"ID-PD\"}"));
        assertThat(episode.get("sponsor").get("@id").asText()).isEqualTo(Fixtures.BASE + "organizations/bank-sponsor");
        assertThat(episode.get("actor").get("roleName").asText()).isEqualTo("host");
        assertThat(episode.get("actor").get("actor").get("honorificPrefix").asText()).isEqualTo("Dr.");
        assertThat(episode.get("about").get("@id").asText()).isEqualTo(Fixtures.BASE + "events/online-forum");
    }

    @Test
    void aParaphraseIsNeverAQuotation() {
        JsonNode paraphrase = WRITER.episode(RichContent.episode()).get("hasPart");
        assertThat(paraphrase.get("@type").asText()).isEqualTo("CreativeWork");
        assertThat(paraphrase.get("isBasedOn").asText()).isEqualTo("https://video.example/watch/2?t=1800");
        assertThat(paraphrase.get("creator").get("@id").asText()).isEqualTo(Fixtures.BASE + "people/host-person");
    }

    @Test
    void coverageAboutSomethingTheDossierLacksIsRefused() {
        assertThatThrownBy(() -> WRITER.coverage(RichContent.coverage(), KemluSpace.dossier()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the coverage is about \"rich-program\", which is no program, episode or event of the"
                        + " given dossier");
    }

    @Test
    void coverageWithHeadlineDateAndUrl() {
        JsonNode article = WRITER.coverage(RichContent.coverage(), RichContent.dossier());
        assertThat(article.get("headline").get(1).get("@value").asText()).isEqualTo("Headline");
        assertThat(article.get("datePublished").asText()).isEqualTo("2022-11-02T08:00+07:00");
        assertThat(article.get("inLanguage").asText()).isEqualTo("en");
        assertThat(article.get("url").asText()).isEqualTo("https://daily.example/story");
        assertThat(article.get("about").get(2).get("@type").asText()).isEqualTo("Event");
        assertThat(article.has("author")).isFalse();
        assertThat(article.has("hasPart")).isFalse();
    }

    @Test
    void theRichDossierGraphHasEveryProgramPublishableEventAndArticle() {
        JsonNode graph = WRITER.dossier(RichContent.dossier()).get("@graph");
        assertThat(graph.size()).isEqualTo(7);
        assertThat(graph.get(2).get("@id").asText()).isEqualTo(Fixtures.BASE + "events/wcce-2022");
        assertThat(graph.get(3).get("superEvent").get("name").get(1).get("@value").asText())
                .isEqualTo("World Conference on Creative Economy");
    }
}
