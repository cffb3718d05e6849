package dev.outreach.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outreach.benchmarks.records.EpisodeRecord;
import dev.outreach.benchmarks.records.PersonRecord;
import dev.outreach.benchmarks.records.QuoteRecord;
import dev.outreach.benchmarks.records.RecordValidation;
import dev.outreach.benchmarks.records.SpeakerRecord;
import dev.outreach.benchmarks.records.TextRecord;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Violation;
import dev.outreach.jackson.InvalidDocumentException;
import dev.outreach.samples.KemluSpace;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The benchmarks compare like with like: every reader gets the same data out of the same
 * bytes, both writers write the same bytes, and the records baseline really checks its
 * constraints. Nothing here times anything.
 */
class BaselinesTest {

    private static final ObjectMapper PLAIN = Data.plainMapper();
    private static final ObjectMapper MODULE_OUT = Data.moduleMapperWithoutVersion();

    /** The document as data: its tree without the format version, which only the module reads. */
    private static JsonNode expected(byte[] json) throws IOException {
        ObjectNode tree = (ObjectNode) PLAIN.readTree(json);
        assertThat(tree.remove("outreachFormat")).isNotNull();
        return tree;
    }

    private static JsonNode treeOfModel(Object model) throws IOException {
        return PLAIN.readTree(MODULE_OUT.writeValueAsBytes(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {Data.ARTICLE, Data.LARGE})
    void everyReaderReadsTheSameDataFromTheSameBytes(String episode) throws IOException {
        ReadBenchmark benchmark = new ReadBenchmark();
        benchmark.episode = episode;
        benchmark.setUp();
        JsonNode expected = expected(benchmark.json);

        assertThat(treeOfModel(benchmark.readModule())).isEqualTo(expected);
        assertThat(treeOfModel(benchmark.readModuleHardened())).isEqualTo(expected);
        assertThat(PLAIN.<JsonNode>valueToTree(benchmark.readPojo())).isEqualTo(expected);
        assertThat(PLAIN.<JsonNode>valueToTree(benchmark.readRecordsValidated())).isEqualTo(expected);
        if (episode.equals(Data.LARGE)) {
            assertThat(benchmark.readModule().speakers()).hasSize(Data.LARGE_SPEAKERS);
            assertThat(benchmark.readModule().quotes()).hasSize(Data.LARGE_QUOTES);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Data.ARTICLE, Data.LARGE})
    void theTokenScanSeesEveryTokenOfTheDocument(String episode) throws IOException {
        ReadBenchmark benchmark = new ReadBenchmark();
        benchmark.episode = episode;
        benchmark.setUp();
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        // A tree of the document has one node per value; each object member adds a name token,
        // each object and array an end token.
        JsonNode tree = PLAIN.readTree(benchmark.json);
        assertThat(benchmark.scanTokens(blackhole)).isEqualTo(tokens(tree));
        blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    private static int tokens(JsonNode node) {
        if (node.isObject()) {
            int count = 2;
            for (var field : node.properties()) {
                count += 1 + tokens(field.getValue());
            }
            return count;
        }
        if (node.isArray()) {
            int count = 2;
            for (JsonNode element : node) {
                count += tokens(element);
            }
            return count;
        }
        return 1;
    }

    @ParameterizedTest
    @ValueSource(strings = {Data.ARTICLE, Data.LARGE})
    void bothWritersWriteTheSameBytes(String episode) throws IOException {
        WriteBenchmark benchmark = new WriteBenchmark();
        benchmark.episode = episode;
        benchmark.setUp();
        byte[] module = benchmark.writeModule();
        assertThat(module).isEqualTo(benchmark.writePojo());
        assertThat(PLAIN.readTree(module)).isEqualTo(expected(Data.json(episode)));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 1000})
    void theScalingEpisodesHaveTheirQuotesAndReadAlike(int quotes) throws IOException {
        ScalingBenchmark benchmark = new ScalingBenchmark();
        benchmark.quotes = quotes;
        benchmark.setUp();
        assertThat(benchmark.readModule().quotes()).hasSize(quotes);
        assertThat(benchmark.readModule().speakers()).hasSize(2);
        assertThat(treeOfModel(benchmark.readModule())).isEqualTo(PLAIN.<JsonNode>valueToTree(benchmark.readPojo()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000})
    void theDossiersHaveTheirEventsAndReadWithoutViolationsAlike(int events) throws IOException {
        DossierBenchmark benchmark = new DossierBenchmark();
        benchmark.events = events;
        benchmark.setUp();
        Dossier dossier = benchmark.readModule();
        int groups = events / Data.EVENTS_PER_EPISODE;

        assertThat(dossier.events()).hasSize(events);
        assertThat(dossier.programs()).hasSize(1);
        List<Episode> episodes = dossier.programs().get(0).episodes();
        assertThat(episodes).hasSize(groups);
        assertThat(episodes.subList(1, groups)).allSatisfy(episode -> {
            assertThat(episode.eventIds()).hasSize(Data.EVENTS_PER_EPISODE);
            assertThat(episode.speakers()).hasSize(2);
        });
        assertThat(dossier.coverage()).hasSize(groups);
        assertThat(dossier.coverage()).allSatisfy(coverage -> assertThat(coverage.commentaries()).hasSize(1));
        // WCCE's side event of the G20, each session part of the one before, every tenth a side event of the G20
        assertThat(dossier.events().stream().mapToInt(event -> event.relations().size()).sum())
                .isEqualTo(1 + (events - 2) + (groups - 1));
        assertThat(dossier.events().get(events - 1).relations().get(0).eventId()).isEqualTo(Data.session(events - 2));
        assertThat(dossier.events().stream().mapToInt(event -> event.organizers().size()).sum())
                .isEqualTo((events - 2) + (events - 2) / 2);

        JsonNode expected = expected(benchmark.json);
        assertThat(treeOfModel(dossier)).isEqualTo(expected);
        ObjectNode tree = (ObjectNode) benchmark.readTree();
        tree.remove("outreachFormat");
        assertThat(tree).isEqualTo(expected);
    }

    @Test
    void theDossiersRulesSeeTheWholeChainOfEvents() throws IOException {
        // Pointing the first session at the last closes the chain into a cycle through every
        // session: each of its relations is reported, so the read of the benchmark walks them all.
        int events = 1_000;
        DossierBenchmark benchmark = new DossierBenchmark();
        benchmark.events = events;
        benchmark.setUp();
        ObjectNode tree = (ObjectNode) PLAIN.readTree(benchmark.json);
        ObjectNode relation = (ObjectNode) tree.get("events").get(2).get("relations").get(0);
        assertThat(relation.get("eventId").asText()).isEqualTo("wcce-2022");
        relation.put("eventId", Data.session(events - 1));
        ArrayNode eventIds = (ArrayNode) tree.get("programs").get(0).get("episodes").get(1).get("eventIds");
        eventIds.set(0, "no-such-event");

        assertThatThrownBy(() -> benchmark.module.readValue(PLAIN.writeValueAsBytes(tree)))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    // The session's relations on the cycle, and the unknown event; the first 100 kept.
                    assertThat(e.violations().size() + e.omitted()).isEqualTo((events - 2) + 1);
                    assertThat(e.violations()).extracting(Violation::messageKey)
                            .containsOnly("outreach.event.cycle", "outreach.reference.unknownEvent");
                    assertThat(e.violations()).extracting(Violation::pointer)
                            .contains("/programs/0/episodes/1/eventIds/0", "/events/2/relations/0/eventId",
                                    "/events/3/relations/0/eventId");
                });
    }

    @Test
    void bothBuildsMakeTheArticlesEpisode() throws IOException {
        BuildBenchmark benchmark = new BuildBenchmark();
        benchmark.setUp();
        assertThat(benchmark.buildModel()).isEqualTo(KemluSpace.roadToWcce());
        assertThat(PLAIN.<JsonNode>valueToTree(benchmark.buildRecordsValidated())).isEqualTo(expected(Data.articleJson()));
    }

    @Test
    void bothArchiveReadersReadEveryEpisode() throws IOException {
        ArchiveBenchmark benchmark = new ArchiveBenchmark();
        benchmark.setUp();
        try {
            long sum = (long) Archive.EPISODES * (Archive.EPISODES + 1) / 2;
            assertThat(benchmark.streamModule()).isEqualTo(sum);
            assertThat(benchmark.streamPojo()).isEqualTo(sum);
        } finally {
            benchmark.tearDown();
        }
    }

    // The records baseline pays for real checks: each kind of constraint rejects, once, and
    // nested values are validated through @Valid.

    private static EpisodeRecord article() throws IOException {
        return PLAIN.readValue(Data.articleJson(), EpisodeRecord.class);
    }

    private static List<String> violations(Object value) {
        return RecordValidation.validator().validate(value).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .sorted()
                .collect(Collectors.toList());
    }

    private static EpisodeRecord withId(EpisodeRecord e, String id) {
        return new EpisodeRecord(id, e.number(), e.title(), e.description(), e.aired(), e.status(), e.platform(),
                e.url(), e.speakers(), e.quotes(), e.partnerIds(), e.eventIds());
    }

    private static EpisodeRecord withNumber(EpisodeRecord e, int number) {
        return new EpisodeRecord(e.id(), number, e.title(), e.description(), e.aired(), e.status(), e.platform(),
                e.url(), e.speakers(), e.quotes(), e.partnerIds(), e.eventIds());
    }

    private static EpisodeRecord withLists(EpisodeRecord e, List<SpeakerRecord> speakers, List<QuoteRecord> quotes,
            List<String> partnerIds) {
        return new EpisodeRecord(e.id(), e.number(), e.title(), e.description(), e.aired(), e.status(),
                e.platform(), e.url(), speakers, quotes, partnerIds, e.eventIds());
    }

    @Test
    void theArticleIsValidAsRecords() throws IOException {
        assertThat(violations(article())).isEmpty();
        assertThat(RecordValidation.valid(article())).isEqualTo(article());
    }

    @Test
    void theRecordConstraintsReject() throws IOException {
        EpisodeRecord article = article();
        assertThat(violations(withId(article, "Road to WCCE"))).containsExactly("id");
        assertThat(violations(withId(article, "a".repeat(65)))).containsExactly("id");
        assertThat(violations(withId(article, null))).containsExactly("id");
        assertThat(violations(withNumber(article, 0))).containsExactly("number");

        SpeakerRecord first = article.speakers().get(0);
        PersonRecord person = first.person();
        PersonRecord badPerson = new PersonRecord("Antonius", person.name(), person.honorificPrefix(),
                person.jobTitle(), person.affiliation());
        List<SpeakerRecord> speakers = new ArrayList<>(article.speakers());
        speakers.set(0, new SpeakerRecord(badPerson, first.role()));
        assertThat(violations(withLists(article, speakers, article.quotes(), article.partnerIds())))
                .containsExactly("speakers[0].person.id");

        QuoteRecord quote = article.quotes().get(1);
        List<QuoteRecord> quotes = new ArrayList<>(article.quotes());
        quotes.set(1, new QuoteRecord(quote.speakerId(), new TextRecord("x".repeat(5001), null), quote.language(),
                quote.form(), quote.saidAt(), quote.source()));
        assertThat(violations(withLists(article, article.speakers(), quotes, article.partnerIds())))
                .containsExactly("quotes[1].text.id");

        assertThat(violations(withLists(article, article.speakers(), article.quotes(), List.of("Kemenparekraf"))))
                .containsExactly("partnerIds[0].<list element>");

        assertThatThrownBy(() -> RecordValidation.valid(withNumber(article, -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
