package dev.outreach.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.outreach.conformance.DocumentBreaker.Breakage;
import dev.outreach.conformance.DocumentBreaker.Broken;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Organization;
import dev.outreach.core.Partner;
import dev.outreach.core.Program;
import dev.outreach.core.Scope;
import dev.outreach.core.Violation;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Property tests over generated content, run against each Jackson module by a subclass that
 * names its {@link ModuleCodec}: {@link #tries()} random content graphs per property and run
 * (see {@link ContentGenerator}), from a fixed seed that every failure names (see {@link Tries}).
 *
 * <ul>
 *   <li>Every valid graph written as JSON reads back to an equal value, and writes again to the
 *       same text; written as YAML, it reads back to an equal value too.</li>
 *   <li>Every such document with one thing broken (see {@link DocumentBreaker}) is rejected with
 *       the module's {@code InvalidDocumentException} whose violations include the JSON Pointer
 *       of the broken place.</li>
 * </ul>
 *
 * <p>Each generated document also passes every {@link DocumentCheck} of
 * {@link #documentChecks()}: canonical form here, and what a subclass adds (the shipped JSON
 * Schema, in the Jackson 2 module, whose tests carry the schema validator).
 */
public abstract class GeneratedContentCases {

    /** A check that every document written from valid content must pass. */
    @FunctionalInterface
    public interface DocumentCheck {
        /**
         * @param json the document, as the module wrote it
         * @throws Exception (or an AssertionError) when the document fails the check
         */
        void check(String json) throws Exception;
    }

    /** @return the module under test */
    protected abstract ModuleCodec codec();

    /** @return how many graphs to generate per property and run */
    protected abstract int tries();

    /** @return the checks of every written document besides canonical form */
    protected List<DocumentCheck> documentChecks() {
        return List.of();
    }

    @Test
    void everyGeneratedGraphReadsBackToAnEqualValue() throws Exception {
        List<DocumentCheck> checks = new ArrayList<>();
        checks.add(this::writtenInCanonicalForm);
        checks.addAll(documentChecks());
        Map<String, Integer> seen = new TreeMap<>();
        int tries = Tries.run("write then read", tries(), (random, number) -> {
            Dossier dossier = new ContentGenerator(random).dossier();
            count(dossier, seen);
            byte[] bytes = codec().writeJson(dossier);
            String json = new String(bytes, UTF_8);
            for (DocumentCheck check : checks) {
                check.check(json);
            }
            Dossier read = (Dossier) codec().json().read(bytes, Dossier.class);
            assertThat(read).as("read back from %s", json).isEqualTo(dossier);
            assertThat(new String(codec().writeJson(read), UTF_8)).as("written again").isEqualTo(json);
            String yaml = codec().writeYaml(dossier);
            assertThat(codec().yaml().read(yaml.getBytes(UTF_8), Dossier.class)).as("read back from YAML %s", yaml)
                    .isEqualTo(dossier);
        });
        assertThat(tries).isEqualTo(tries());
        // The generator reaches every part of the graph, many times over.
        assertThat(seen).as("parts generated over %s tries", tries).allSatisfy((part, count) ->
                assertThat(count).as(part).isGreaterThanOrEqualTo(tries / 20));
        assertThat(seen).containsKeys("programs", "episodes", "speakers", "quotes", "partners", "partnerIds",
                "events", "eventIds", "relations", "coverage", "about", "commentaries", "regional partners",
                "dated events");
    }

    @Test
    void everyBrokenDocumentIsRejectedWithThePointerOfTheBrokenPlace() {
        Map<Breakage, Integer> applied = new EnumMap<>(Breakage.class);
        Tries.run("break one thing", tries(), (random, number) -> {
            Dossier dossier = new ContentGenerator(random).dossier();
            Map<String, Object> document = Trees.map(codec().readPlainJson(codec().writeJson(dossier)));
            Broken broken = DocumentBreaker.breakOne(document, "Dossier", random);
            applied.merge(broken.breakage, 1, Integer::sum);
            assertRejectedAt(broken, codec().writePlainJson(document));
        });
        assertThat(applied).as("breakages applied").containsOnlyKeys(Breakage.values());
    }

    @Test
    void everyBreakageIsRejectedInTheArticleToo() throws Exception {
        // The same breakages on the golden dossier, each kind many times over, so that each is
        // seen on a real document whatever the generator happens to produce.
        Object golden;
        try (InputStream in = GeneratedContentCases.class.getResourceAsStream("/fixtures/valid/dossier-kemlu-space.json")) {
            golden = codec().readPlainJson(in.readAllBytes());
        }
        int[] count = {0};
        List<Breakage> noPlace = new ArrayList<>();
        for (Breakage breakage : Breakage.values()) {
            Map<String, Object> probe = Trees.map(Trees.copy(golden));
            if (DocumentBreaker.apply(breakage, probe, DocumentShape.places(probe, "Dossier"),
                    new SplittableRandom(0)) == null) {
                noPlace.add(breakage);
                continue;
            }
            Tries.run("break " + breakage + " in the article", 20, (random, number) -> {
                Map<String, Object> document = Trees.map(Trees.copy(golden));
                Broken broken = DocumentBreaker.apply(breakage, document, DocumentShape.places(document, "Dossier"),
                        random);
                assertRejectedAt(broken, codec().writePlainJson(document));
                count[0]++;
            });
        }
        assertThat(noPlace).as("the article gives no links and no durations")
                .containsExactly(Breakage.BAD_URL, Breakage.BAD_DURATION);
        assertThat(count[0]).isEqualTo(20 * (Breakage.values().length - 2));
    }

    private void assertRejectedAt(Broken broken, byte[] json) {
        Throwable thrown = catchThrowable(() -> codec().json().read(json, Dossier.class));
        List<Violation> violations = codec().violations(thrown);
        assertThat(violations).as("%s in %s: %s", broken, new String(json, UTF_8), thrown).isNotNull();
        assertThat(violations.stream().map(Violation::pointer).collect(Collectors.toList()))
                .as("%s in %s: %s", broken, new String(json, UTF_8), violations)
                .contains(broken.pointer);
    }

    /** Written documents start with the format version and hold no null and no empty list. */
    private void writtenInCanonicalForm(String json) throws Exception {
        Object document = codec().readPlainJson(json.getBytes(UTF_8));
        assertThat(document).isInstanceOf(Map.class);
        assertThat(Trees.map(document).keySet().iterator().next()).as("first property").isEqualTo("outreachFormat");
        assertThat(Trees.map(document).get("outreachFormat")).isEqualTo("1.1");
        assertNoNullOrEmptyList(document, "");
    }

    private static void assertNoNullOrEmptyList(Object node, String pointer) {
        assertThat(node).as("null at %s", pointer).isNotNull();
        if (node instanceof List) {
            List<Object> list = Trees.list(node);
            assertThat(list).as("empty list at %s", pointer).isNotEmpty();
            for (int i = 0; i < list.size(); i++) {
                assertNoNullOrEmptyList(list.get(i), pointer + "/" + i);
            }
        } else if (node instanceof Map) {
            Trees.map(node).forEach((name, value) -> assertNoNullOrEmptyList(value, pointer + "/" + name));
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
