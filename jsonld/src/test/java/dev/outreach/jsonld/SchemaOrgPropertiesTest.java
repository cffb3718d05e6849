package dev.outreach.jsonld;

import static dev.outreach.jsonld.Fixtures.WRITER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outreach.core.Dossier;
import dev.outreach.samples.KemluSpace;
import dev.outreach.samples.KemluSpaceTokyo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every property of every emitted object is one that schema.org defines for its @type. */
class SchemaOrgPropertiesTest {

    static Stream<Arguments> documents() {
        Dossier dossier = RichContent.dossier();
        return Stream.of(
                Arguments.of("article program", WRITER.program(KemluSpace.program())),
                Arguments.of("article episode", WRITER.episode(KemluSpace.roadToWcce(), KemluSpace.program())),
                Arguments.of("article episode alone", WRITER.episode(KemluSpace.roadToWcce())),
                Arguments.of("article event", WRITER.event(KemluSpace.wcce(), KemluSpace.dossier())),
                Arguments.of("article event alone", WRITER.event(KemluSpace.wcce())),
                Arguments.of("article coverage", WRITER.coverage(KemluSpace.coverage(), KemluSpace.dossier())),
                Arguments.of("article dossier", WRITER.dossier(KemluSpace.dossier())),
                Arguments.of("second episode",
                        WRITER.episode(KemluSpaceTokyo.aseanJapan(), KemluSpaceTokyo.program())),
                Arguments.of("second episode's forum",
                        WRITER.event(KemluSpaceTokyo.forum(), KemluSpaceTokyo.dossier())),
                Arguments.of("second episode's dossier", WRITER.dossier(KemluSpaceTokyo.dossier())),
                Arguments.of("rich program", WRITER.program(RichContent.program())),
                Arguments.of("rich episode alone", WRITER.episode(RichContent.episode())),
                Arguments.of("recorded episode", WRITER.episode(RichContent.recordedEpisode())),
                Arguments.of("episode with a duration", WRITER.episode(RichContent.episodeWithDuration())),
                Arguments.of("online event", WRITER.event(RichContent.onlineEvent(), dossier)),
                Arguments.of("mixed event", WRITER.event(RichContent.mixedEvent())),
                Arguments.of("rich coverage", WRITER.coverage(RichContent.coverage(), dossier)),
                Arguments.of("rich dossier", WRITER.dossier(dossier)),
                Arguments.of("mission program", WRITER.program(GoldenCases.missionProgram())),
                Arguments.of("every kind program", WRITER.program(GoldenCases.everyKindProgram())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyPropertyIsDefinedForItsType(String name, JsonNode document) {
        assertThat(SchemaOrg.undefinedProperties(document)).isEmpty();
    }

    @Test
    void theDocumentsUseEveryTypeTheTestKnowsOfExceptAbstractOnes() {
        TreeSet<String> used = new TreeSet<>();
        documents().forEach(arguments -> collectTypes((JsonNode) arguments.get()[1], used));
        TreeSet<String> listedConcrete = new TreeSet<>(SchemaOrg.TYPES.keySet());
        listedConcrete.removeAll(List.of("CreativeWorkSeries", "Episode", "Article", "PublicationEvent",
                "Intangible", "Service", "StructuredValue", "ContactPoint", "MediaObject"));
        assertThat(used).isEqualTo(listedConcrete);
    }

    @Test
    void theCheckRejectsAPropertyOfAnotherType() {
        ObjectNode event = WRITER.event(KemluSpace.wcce());
        event.put("episodeNumber", 1);
        ((ObjectNode) event.get("location").get("address")).put("jobTitle", "x");
        assertThat(SchemaOrg.undefinedProperties(event)).containsExactly(
                "/location/address/jobTitle: jobTitle is not a property of schema.org/PostalAddress",
                "/episodeNumber: episodeNumber is not a property of schema.org/Event");
    }

    @Test
    void theCheckRejectsAnUnknownTypeAndAnUntypedObjectWithProperties() {
        ObjectNode document = (ObjectNode) Fixtures.parse("{\"@context\": \"https://schema.org\", "
                + "\"@type\": \"Event\", \"name\": {\"value\": \"x\"}, \"organizer\": {\"@type\": \"Corporation\"}}");
        assertThat(SchemaOrg.undefinedProperties(document)).containsExactly(
                "/name/value: a property on an object without @type",
                "/organizer: @type Corporation is not a schema.org type this test knows");
    }

    @Test
    void aRoleTakesOnlyThePropertyItIsUnder() {
        ObjectNode episode = WRITER.episode(KemluSpace.roadToWcce(), KemluSpace.program());
        ObjectNode role = (ObjectNode) episode.get("contributor");
        role.set("actor", role.get("contributor"));
        assertThat(SchemaOrg.undefinedProperties(episode)).containsExactly(
                "/contributor/actor: actor is not a property of schema.org/Role");
    }

    @Test
    void inheritanceFollowsSchemaOrg() {
        assertThat(SchemaOrg.properties("PodcastEpisode")).contains("episodeNumber", "partOfSeries", "actor",
                "publication", "hasPart", "name");
        assertThat(SchemaOrg.properties("BroadcastEvent")).contains("isLiveBroadcast", "publishedOn", "startDate");
        assertThat(SchemaOrg.properties("PodcastSeries")).doesNotContain("episodeNumber");
        assertThat(SchemaOrg.properties("Event")).doesNotContain("episodeNumber", "text", "creator");
        for (Map.Entry<String, SchemaOrg.Type> type : SchemaOrg.TYPES.entrySet()) {
            assertThat(SchemaOrg.isA(type.getKey(), "Thing")).as(type.getKey()).isTrue();
        }
    }

    private static void collectTypes(JsonNode node, TreeSet<String> types) {
        if (node.isObject() && node.has("@type")) {
            types.add(node.get("@type").asText());
        }
        List<JsonNode> children = new ArrayList<>();
        node.elements().forEachRemaining(children::add);
        for (JsonNode child : children) {
            collectTypes(child, types);
        }
    }
}
