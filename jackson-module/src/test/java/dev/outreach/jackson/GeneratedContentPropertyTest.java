package dev.outreach.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Organization;
import dev.outreach.core.Partner;
import dev.outreach.core.Program;
import dev.outreach.core.Scope;
import dev.outreach.core.Violation;
import dev.outreach.jackson.DocumentBreaker.Breakage;
import dev.outreach.jackson.DocumentBreaker.Broken;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Property tests over generated content: {@value #TRIES} random content graphs per run (see
 * {@link ContentGenerator}), from a fixed seed that every failure names (see {@link Tries}).
 *
 * <ul>
 *   <li>Every valid graph written as JSON reads back to an equal value, and writes again to the
 *       same text.</li>
 *   <li>Every such document with one thing broken (see {@link DocumentBreaker}) is rejected with
 *       an {@link InvalidDocumentException} whose violations include the JSON Pointer of the
 *       broken place.</li>
 * </ul>
 *
 * <p>Each generated document also passes every check of {@link #DOCUMENT_CHECKS}, the JSON
 * Schema among them: the one place to plug in further checks of written documents.
 */
class GeneratedContentPropertyTest {

    /** The number of graphs generated per property and run. */
    static final int TRIES = 1000;

    private static final JsonMapper MAPPER = OutreachJson.hardenedMapper();

    /** A check that every document written from valid content must pass. */
    @FunctionalInterface
    interface DocumentCheck {
        /** @throws AssertionError (or any exception) when the document fails the check */
        void check(JsonNode document) throws Exception;
    }

    /** The checks run on every generated document: canonical form, and the shipped JSON Schema. */
    static final List<DocumentCheck> DOCUMENT_CHECKS = List.of(GeneratedContentPropertyTest::writtenInCanonicalForm,
            GeneratedContentPropertyTest::passesTheShippedSchema);

    private static final com.networknt.schema.Schema DOSSIER_SCHEMA = ShippedSchema.schema("#/$defs/Dossier");

    private static void passesTheShippedSchema(JsonNode document) {
        assertThat(ShippedSchema.errors(DOSSIER_SCHEMA, document.toString())).as("schema errors of %s", document)
                .isEmpty();
    }

    @Test
    void everyGeneratedGraphReadsBackToAnEqualValue() {
        Map<String, Integer> seen = new java.util.TreeMap<>();
        int tries = Tries.run("write then read", TRIES, (random, number) -> {
            Dossier dossier = new ContentGenerator(random).dossier();
            count(dossier, seen);
            String json = MAPPER.writeValueAsString(dossier);
            JsonNode document = MAPPER.readTree(json);
            for (DocumentCheck check : DOCUMENT_CHECKS) {
                check.check(document);
            }
            Dossier read = MAPPER.readValue(json, Dossier.class);
            assertThat(read).as("read back from %s", json).isEqualTo(dossier);
            assertThat(MAPPER.writeValueAsString(read)).as("written again").isEqualTo(json);
            assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(dossier), Dossier.class))
                    .as("read back from UTF-8 bytes").isEqualTo(dossier);
        });
        assertThat(tries).isGreaterThanOrEqualTo(1000);
        // The generator reaches every part of the graph, many times over.
        assertThat(seen).as("parts generated over %s tries", tries).allSatisfy((part, count) ->
                assertThat(count).as(part).isGreaterThanOrEqualTo(50));
        assertThat(seen).containsKeys("programs", "episodes", "speakers", "quotes", "partners", "partnerIds",
                "events", "eventIds", "relations", "coverage", "about", "commentaries", "regional partners",
                "dated events");
    }

    @Test
    void everyBrokenDocumentIsRejectedWithThePointerOfTheBrokenPlace() {
        Map<Breakage, Integer> applied = new EnumMap<>(Breakage.class);
        Tries.run("break one thing", TRIES, (random, number) -> {
            Dossier dossier = new ContentGenerator(random).dossier();
            ObjectNode document = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(dossier));
            Broken broken = DocumentBreaker.breakOne(document, "Dossier", random);
            applied.merge(broken.breakage, 1, Integer::sum);
            String json = MAPPER.writeValueAsString(document);
            Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, Dossier.class));
            assertThat(thrown).as("%s in %s", broken, json).isInstanceOf(InvalidDocumentException.class);
            List<Violation> violations = ((InvalidDocumentException) thrown).violations();
            assertThat(violations.stream().map(Violation::pointer).collect(Collectors.toList()))
                    .as("%s in %s: %s", broken, json, violations)
                    .contains(broken.pointer);
        });
        assertThat(applied).as("breakages applied").containsOnlyKeys(Breakage.values());
    }

    @Test
    void everyBreakageIsRejectedInTheArticleToo() throws Exception {
        // The same breakages on the golden dossier, each kind many times over, so that each is
        // seen on a real document whatever the generator happens to produce.
        JsonNode golden = MAPPER.readTree(getClass().getResource("/fixtures/valid/dossier-kemlu-space.json"));
        int[] count = {0};
        List<Breakage> noPlace = new java.util.ArrayList<>();
        for (Breakage breakage : Breakage.values()) {
            ObjectNode probe = golden.deepCopy();
            if (DocumentBreaker.apply(breakage, probe, DocumentShape.places(probe, "Dossier"),
                    new java.util.SplittableRandom(0)) == null) {
                noPlace.add(breakage);
                continue;
            }
            Tries.run("break " + breakage + " in the article", 20, (random, number) -> {
                ObjectNode document = golden.deepCopy();
                Broken broken = DocumentBreaker.apply(breakage, document, DocumentShape.places(document, "Dossier"),
                        random);
                String json = MAPPER.writeValueAsString(document);
                Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, Dossier.class));
                assertThat(thrown).as("%s", broken).isInstanceOf(InvalidDocumentException.class);
                assertThat(((InvalidDocumentException) thrown).violations()).extracting(Violation::pointer)
                        .as("%s", broken).contains(broken.pointer);
                count[0]++;
            });
        }
        assertThat(noPlace).as("the article gives no links").containsExactly(Breakage.BAD_URL);
        assertThat(count[0]).isEqualTo(20 * (Breakage.values().length - 1));
    }

    /** Written documents start with the format version and hold no null and no empty list. */
    static void writtenInCanonicalForm(JsonNode document) {
        assertThat(document.isObject()).isTrue();
        Iterator<String> names = document.fieldNames();
        assertThat(names.next()).as("first property").isEqualTo("outreachFormat");
        assertThat(document.get("outreachFormat").asText()).isEqualTo("1.0");
        assertNoNullOrEmptyList(document, "");
    }

    private static void assertNoNullOrEmptyList(JsonNode node, String pointer) {
        assertThat(node.isNull()).as("null at %s", pointer).isFalse();
        if (node.isArray()) {
            assertThat(node.size()).as("empty list at %s", pointer).isPositive();
            for (int i = 0; i < node.size(); i++) {
                assertNoNullOrEmptyList(node.get(i), pointer + "/" + i);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> assertNoNullOrEmptyList(e.getValue(), pointer + "/" + e.getKey()));
        }
    }

    private static void count(Dossier dossier, Map<String, Integer> seen) {
        add(seen, "programs", dossier.programs().size());
        add(seen, "events", dossier.events().size());
        add(seen, "coverage", dossier.coverage().size());
        for (Program program : dossier.programs()) {
            add(seen, "partners", program.partners().size());
            add(seen, "episodes", program.episodes().size());
            for (Partner partner : program.partners()) {
                Organization organization = partner.organization();
                add(seen, "regional partners", organization.scope() == Scope.REGIONAL ? 1 : 0);
            }
            for (Episode episode : program.episodes()) {
                add(seen, "speakers", episode.speakers().size());
                add(seen, "quotes", episode.quotes().size());
                add(seen, "partnerIds", episode.partnerIds().size());
                add(seen, "eventIds", episode.eventIds().size());
            }
        }
        for (Event event : dossier.events()) {
            add(seen, "relations", event.relations().size());
            add(seen, "dated events", event.end().isPresent() ? 1 : 0);
        }
        dossier.coverage().forEach(c -> {
            add(seen, "about", c.about().size());
            add(seen, "commentaries", c.commentaries().size());
        });
    }

    private static void add(Map<String, Integer> seen, String part, int count) {
        seen.merge(part, count, Integer::sum);
    }
}
