package dev.outreach.format;

import static dev.outreach.format.OutreachFormatTest.lines;
import static dev.outreach.format.OutreachFormatTest.read;
import static dev.outreach.format.OutreachFormatTest.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Person;
import dev.outreach.core.Platform;
import dev.outreach.core.ReachReport;
import dev.outreach.core.Subdivision;
import dev.outreach.core.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parts of the format that the golden documents do not reach: values of the wrong type that
 * are whole objects or arrays (skipped, so reading goes on at the next property), lists with
 * bad elements, the provinces of a report, and the building blocks (properties, codecs, object
 * formats) used on a type of the test's own.
 */
class FormatEdgeCasesTest {

    @Test
    void aWrongValueThatIsAnObjectOrArrayIsSkippedWhole() throws IOException {
        assertThat(violations(Person.class, "{'id': {'name': 'x', 'id': 'y'}, 'name': 'A'}"))
                .containsExactly("/id: must be a string");
        assertThat(violations(Person.class, "{'id': 'a', 'name': ['x', {'id': 'b'}], 'honorificPrefix': 'Dr.'}"))
                .containsExactly("/name: must be a string");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': {'number': 1}, 'title': {'en': 'x'}}"))
                .containsExactly("/number: must be a whole number");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': ['x', {'en': 'y'}], 'aired': 'z'}"))
                .containsExactly("/title: must be an object",
                        "/aired: must be an ISO 8601 date (2022-10-04) or date-time with offset (2022-10-04T19:00+07:00)");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': 'x'}, 'eventIds': {'a': ['b']},"
                + " 'partnerIds': ['c']}")).containsExactly("/eventIds: must be an array");
        assertThat(violations(Platform.class, "['x-spaces']")).containsExactly(": must be a string");
    }

    @Test
    void aListWithABadElementIsNotBuiltButEveryElementIsRead() throws IOException {
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': 'x'},"
                + " 'eventIds': [null, 'a', 7, 'b', null]}")).containsExactly(
                "/eventIds/0: must not be null (leave an optional property out instead)",
                "/eventIds/2: must be a string",
                "/eventIds/4: must not be null (leave an optional property out instead)");
        Episode episode = read(Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': 'x'},"
                + " 'partnerIds': ['a', 'b', 'c'], 'eventIds': []}");
        assertThat(episode.partnerIds()).containsExactly("a", "b", "c");
        assertThat(episode.eventIds()).isEmpty();
    }

    @Test
    void eachProblemOfAProvinceIsReportedOnceAndAlone() throws IOException {
        String[][] cases = {
            {"{'code': 'ID-PP', 'name': 'Papua'}",
                "/provincesReached/0/code: names a geographical unit of ISO 3166-2:ID, not a province"},
            {"{'code': 'ID-BA', 'name': 4}", "/provincesReached/0/name: must be a string"},
            {"{'code': 'ID-BA', 'name': 'Jawa'}",
                "/provincesReached/0/name: must be the Indonesian name of the province with that code"},
            {"{'code': 'US-CA', 'name': 'California'}",
                "/provincesReached/0/name: must be the Indonesian name of the province with that code"},
            {"{'name': 'Bali'}", "/provincesReached/0/code: is required"},
            {"{'code': 'ID-BA', 'note': {'a': [1]}, 'name': 'Bali'}",
                "/provincesReached/0/note: is not a property of this object"},
            {"['ID-BA', {'code': 'ID-BA'}]", "/provincesReached/0: must be an object"},
            {"'ID-BA'", "/provincesReached/0: must be an object"},
        };
        for (String[] c : cases) {
            String report = "{'programId': 'p', 'provincesReached': [" + c[0] + "]}";
            assertThat(violations(ReachReport.class, report)).as(c[0]).containsExactly(c[1]);
        }
    }

    @Test
    void aProvinceWithoutANameIsWrittenByItsCodeAlone() throws IOException {
        JsonText.Writer writer = new JsonText.Writer();
        writer.startArray();
        Codecs.PROVINCE.write(Subdivision.of("US-CA"), writer);
        Codecs.PROVINCE.write(Subdivision.of("ID-BA"), writer);
        writer.endArray();
        assertThat(writer.toString()).isEqualTo("[{\"code\":\"US-CA\"},{\"code\":\"ID-BA\",\"name\":\"Bali\"}]");
    }

    @Test
    void violationsPlacedUnderALocationKeepAnIndexAndRenameOnlyAPropertyName() {
        ReadContext context = new ReadContext(true);
        context.reportAll(List.of("events", 2), List.of(
                Violation.of("outreach.required", "indonesian"),
                Violation.of("outreach.duplicate", 1, "indonesian"),
                Violation.of("outreach.code.unknown")),
                name -> "indonesian".equals(name) ? "id" : name);
        assertThat(lines(context.violations())).containsExactly(
                "/events/2/id: is required",
                "/events/2/1/indonesian: is a duplicate of an earlier entry",
                "/events/2: is not a known code");
    }

    /** A type of the test's own, to use the building blocks directly. */
    static final class Card {
        final List<Object> values = new ArrayList<>();
    }

    @Test
    void propertiesCodecsAndObjectFormatsWorkOnAnyType() throws IOException {
        ObjectFormat<Card, Card> format = new ObjectFormat<>(Card.class, Card::new, card -> card,
                Property.required("title", Codecs.STRING, (c, v) -> c.values.add("title=" + v), c -> "T"),
                Property.required("nomor", "number", Codecs.INTEGER, (c, v) -> c.values.add("number=" + v), c -> 7),
                Property.optional("platform", Codecs.code(Platform.class), (c, v) -> c.values.add(v),
                        c -> Optional.of(Platform.ZOOM)),
                Property.optional("kode", "code", Codecs.text(String::toUpperCase, String::toLowerCase),
                        (c, v) -> c.values.add(v), c -> Optional.<String>empty()),
                Property.defaulted("size", Codecs.INTEGER, (c, v) -> c.values.add("size=" + v), c -> 3, 3),
                Property.list("tags", Codecs.STRING, (c, v) -> c.values.add(v), c -> List.of("a", "b"), 3));
        assertThat(format.type()).isEqualTo(Card.class);
        assertThat(format).hasToString("Card[title, nomor, platform, kode, size, tags]");

        ReadContext context = new ReadContext(true);
        Card card = format.read(JsonText.Reader.on("{\"title\": \"x\", \"nomor\": 2, \"platform\": \"zoom\","
                + " \"kode\": \"ab\", \"size\": 4, \"tags\": [\"p\", \"q\"]}"), context);
        assertThat(context.violations()).isEmpty();
        assertThat(card.values).containsExactly("title=x", "number=2", Platform.ZOOM, "AB", "size=4",
                List.of("p", "q"));

        JsonText.Writer writer = new JsonText.Writer();
        format.writeRoot(new Card(), writer);
        assertThat(writer.toString())
                .isEqualTo("{\"outreachFormat\":\"1.1\",\"title\":\"T\",\"nomor\":7,\"platform\":\"zoom\",\"tags\":[\"a\",\"b\"]}");

        ReadContext missing = new ReadContext(true);
        assertThat(format.read(JsonText.Reader.on("{\"platform\": \"radio-tv\"}"), missing)).isNull();
        assertThat(lines(missing.violations())).containsExactly("/platform: is not a known code",
                "/title: is required", "/nomor: is required");
    }

    @Test
    void aDocumentThatEndsEarlyIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(Event.class, "{'id': 'e', 'name': {'en': 'x'}",
                new ReadContext(true))).isInstanceOf(IOException.class);
    }

    @Test
    void parametersOfAReportedViolationAreKept() throws IOException {
        ReadContext context = new ReadContext(true);
        context.report(JsonText.Reader.on("1"), "outreach.min", Map.of("value", 1));
        assertThat(context.violations().get(0).parameters()).containsEntry("value", 1);
        assertThat(context.violations().get(0).message()).isEqualTo("must be 1 or more");
    }
    @Test
    void aListLongerThanItsLimitIsReportedAtTheListAndNotRead() throws IOException {
        ObjectFormat<Card, Card> format = new ObjectFormat<>(Card.class, Card::new, card -> card,
                Property.list("tags", Codecs.STRING, (c, v) -> c.values.add(v), c -> List.of(), 2));
        ReadContext full = new ReadContext(true);
        assertThat(format.read(JsonText.Reader.on("{\"tags\": [\"a\", \"b\"]}"), full).values)
                .containsExactly(List.of("a", "b"));
        ReadContext context = new ReadContext(true);
        assertThat(format.read(JsonText.Reader.on("{\"tags\": [\"a\", 1, \"c\", [null], {\"x\": null}, null], \"n\": 0}"),
                context)).isNull();
        assertThat(lines(context.violations())).containsExactly("/tags/1: must be a string",
                "/tags: must have at most 2 entries", "/n: is not a property of this object");
        assertThat(context.violations().get(1).message(Locale.forLanguageTag("id")))
                .isEqualTo("harus berisi paling banyak 2 entri");
    }

    @Test
    void theFormatNamesTheLimitOfEachList() {
        OutreachFormat<?> episode = OutreachFormat.all().stream().filter(f -> f.type() == Episode.class)
                .findFirst().orElseThrow();
        assertThat(episode.maxItems("partnerIds")).isEqualTo(100);
        assertThat(episode.maxItems("quotes")).isEqualTo(1_000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> episode.maxItems("title"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Episode has no list property title");
        OutreachFormat<?> moment = OutreachFormat.all().stream().filter(f -> !f.isObject()).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> moment.maxItems("x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadKeepsTheFirstHundredViolationsAndCountsTheOthers() throws IOException {
        ReadContext context = new ReadContext(true);
        TokenReader reader = JsonText.Reader.on("1");
        for (int i = 0; i < ReadContext.MAX_VIOLATIONS + 5; i++) {
            context.report(reader, "outreach.min", Map.of("value", i));
        }
        context.reportProperty(List.of("a"), "b", "outreach.required");
        context.reportAll(List.of("a"), List.of(Violation.of("outreach.required", "c")), n -> n);
        assertThat(context.violations()).hasSize(ReadContext.MAX_VIOLATIONS);
        assertThat(context.violations().get(ReadContext.MAX_VIOLATIONS - 1).parameters())
                .containsEntry("value", ReadContext.MAX_VIOLATIONS - 1);
        assertThat(context.omitted()).isEqualTo(7);
        assertThat(context.count()).isEqualTo(ReadContext.MAX_VIOLATIONS + 7);
    }
}
