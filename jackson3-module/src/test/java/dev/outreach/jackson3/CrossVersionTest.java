package dev.outreach.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.outreach.core.Episode;
import dev.outreach.fixtures.FixtureTypes;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.Organization;
import dev.outreach.core.Person;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.ReachReport;
import dev.outreach.core.Subdivision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * The Jackson 2 and Jackson 3 modules read and write the same documents: each reads what the
 * other writes to an equal value, both write the same text, and both reject a bad document
 * with the same {@code pointer: message} lines. Runs over every golden document under
 * {@code fixtures/}, so fixtures added later are checked too.
 */
class CrossVersionTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
            dev.outreach.jackson.OutreachJson.hardenedMapper();
    private static final ObjectMapper JACKSON3 = OutreachJson.hardenedMapper();
    private static final String REJECTED = "rejected by Jackson itself: ";

    @Test
    void bothWriteTheSameBytesForCharactersBeyondTheBasicPlane() throws Exception {
        // An emoji, a flag (two regional indicators) and a CJK character of plane 2.
        Person person = JACKSON3.readValue("{\"id\":\"a\",\"name\":\"Aldi \ud83d\ude00 \ud83c\uddee\ud83c\udde9 \ud840\udc0b\"}",
                Person.class);
        byte[] utf8 = "{\"outreachFormat\":\"1.1\",\"id\":\"a\",\"name\":\"Aldi \ud83d\ude00 \ud83c\uddee\ud83c\udde9 \ud840\udc0b\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(JACKSON3.writeValueAsBytes(person)).isEqualTo(utf8);
        assertThat(JACKSON2.writeValueAsBytes(person)).isEqualTo(utf8);
        // An application's own mappers, with the module alone, too; and a value inside a list.
        com.fasterxml.jackson.databind.ObjectMapper plain2 = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new dev.outreach.jackson.OutreachModule());
        ObjectMapper plain3 = tools.jackson.databind.json.JsonMapper.builder().addModule(new OutreachModule()).build();
        assertThat(plain2.writeValueAsBytes(List.of(person))).isEqualTo(plain3.writeValueAsBytes(List.of(person)));
        assertThat(new String(plain2.writeValueAsBytes(List.of(person)), StandardCharsets.UTF_8))
                .doesNotContain("\\u");
    }

    @Test
    void bothWriteTheSameMapKeysAndTypeIdsAndReadWhatTheOtherWrote() throws Exception {
        java.util.Map<String, Object> page = new java.util.LinkedHashMap<>();
        page.put("program", dev.outreach.samples.KemluSpace.program());
        page.put("language", dev.outreach.core.LanguageTag.of("zh-Hant-TW"));
        page.put("platform", dev.outreach.core.Platform.X_SPACES);
        com.fasterxml.jackson.databind.ObjectMapper typed2 = dev.outreach.jackson.OutreachJson.hardenedBuilder(false)
                .addModule(new dev.outreach.jackson.OutreachModule())
                .activateDefaultTyping(com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("dev.outreach.").allowIfSubType("java.util.").build(),
                        com.fasterxml.jackson.databind.ObjectMapper.DefaultTyping.NON_FINAL)
                .build();
        ObjectMapper typed3 = OutreachJson.hardenedBuilder(false).addModule(new OutreachModule())
                .activateDefaultTyping(tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("dev.outreach.").allowIfSubType("java.util.").build(),
                        tools.jackson.databind.DefaultTyping.NON_FINAL)
                .build();
        byte[] written2 = typed2.writeValueAsBytes(page);
        byte[] written3 = typed3.writeValueAsBytes(page);
        assertThat(new String(written3, StandardCharsets.UTF_8)).isEqualTo(new String(written2, StandardCharsets.UTF_8))
                .contains("[\"dev.outreach.core.LanguageTag\",\"zh-Hant-TW\"]",
                        "[\"dev.outreach.core.Program\",{\"id\":\"kemlu-space\"");
        assertThat(typed3.readValue(written2, Object.class)).isEqualTo(page);
        assertThat(typed2.readValue(written3, Object.class)).isEqualTo(page);

        java.util.Map<dev.outreach.core.LanguageTag, String> titles = new java.util.LinkedHashMap<>();
        titles.put(dev.outreach.core.LanguageTag.INDONESIAN, "Jalan");
        titles.put(dev.outreach.core.LanguageTag.of("zh-Hant-TW"), "\u901a\u5f80");
        String keyed2 = JACKSON2.writeValueAsString(titles);
        assertThat(JACKSON3.writeValueAsString(titles)).isEqualTo(keyed2)
                .isEqualTo("{\"id\":\"Jalan\",\"zh-Hant-TW\":\"\u901a\u5f80\"}");
        assertThat(JACKSON3.readValue(keyed2, new tools.jackson.core.type.TypeReference<
                java.util.Map<dev.outreach.core.LanguageTag, String>>() { })).isEqualTo(titles);
        assertThat(JACKSON2.readValue(keyed2, new com.fasterxml.jackson.core.type.TypeReference<
                java.util.Map<dev.outreach.core.LanguageTag, String>>() { })).isEqualTo(titles);
    }

    @TestFactory
    Stream<DynamicTest> everyValidFixtureReadsAndWritesTheSameInBothModules() {
        List<Path> files = fixtures("valid");
        assertThat(files).as("valid fixtures").isNotEmpty();
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Class<?> type = FixtureTypes.of(file.getFileName().toString());
            byte[] document = Files.readAllBytes(file);
            Object read2 = JACKSON2.readValue(document, type);
            Object read3 = JACKSON3.readValue(document, type);
            assertThat(read3).isInstanceOf(type).isEqualTo(read2);

            String written2 = JACKSON2.writeValueAsString(read2);
            String written3 = JACKSON3.writeValueAsString(read3);
            assertThat(written3).isEqualTo(written2).startsWith("{\"outreachFormat\":\"1.1\"");

            String pretty2 = JACKSON2.writerWithDefaultPrettyPrinter().writeValueAsString(read2);
            String pretty3 = JACKSON3.writerWithDefaultPrettyPrinter().writeValueAsString(read3);
            assertThat(pretty3).as("pretty-printed").isEqualTo(pretty2);
            assertThat(normalized(pretty3)).as("the fixture, written back")
                    .isEqualTo(normalized(new String(document, StandardCharsets.UTF_8)));

            assertThat(JACKSON3.readValue(written2, type)).as("Jackson 3 reads what Jackson 2 wrote")
                    .isEqualTo(read2);
            assertThat(JACKSON2.readValue(written3, type)).as("Jackson 2 reads what Jackson 3 wrote")
                    .isEqualTo(read3);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidDocumentIsRejectedWithTheSameLinesByBothModules() {
        List<Case> cases = new ArrayList<>(inlineInvalidDocuments());
        for (Path file : fixtures("invalid")) {
            String name = file.getFileName().toString();
            if (name.endsWith(".json")) {
                cases.add(new Case("fixtures/invalid/" + name, FixtureTypes.of(name), read(file), false));
            }
        }
        return cases.stream().map(c -> dynamicTest(c.name, () -> {
            Outcome jackson2 = readWithJackson2(c);
            Outcome jackson3 = readWithJackson3(c);
            assertThat(jackson2.lines).as("Jackson 2 rejects %s", c.name).isNotEmpty();
            assertThat(jackson3.lines).as("Jackson 3 reports what Jackson 2 reports").isEqualTo(jackson2.lines);
            assertThat(jackson3.message).as("the exception messages").isEqualTo(jackson2.message);
            if (c.byTheModule) {
                assertThat(jackson3.lines).noneMatch(line -> line.startsWith(REJECTED));
            }
        }));
    }

    /**
     * Bad documents of every kind the reader reports, for as long as {@code fixtures/invalid/}
     * does not cover them: model rules, types, nulls, unknown properties, duplicates, malformed
     * JSON and the reader's limits.
     */
    private static List<Case> inlineInvalidDocuments() {
        String person = "{'id': 'aldi-monbusho', 'name': 'Aldi Monbusho'}";
        return List.of(
                inline("wrong types", Person.class, "{'id': 7, 'name': ['Aldi']}"),
                inline("wrong number and object", Episode.class,
                        "{'id': 'e', 'number': 1.5, 'title': 'Road', 'quotes': {}}"),
                inline("number beyond an int", Episode.class,
                        "{'id': 'e', 'number': 3000000000, 'title': {'en': 'x'}}"),
                inline("missing properties", Person.class, "{}"),
                inline("unknown code", Organization.class, "{'id': 'kemlu', 'name': {'id': 'Kemlu'}, 'kind': 'Ministry'}"),
                inline("date-time without offset", Episode.class,
                        "{'id': 'e', 'number': 1, 'title': {'en': 'x'}, 'aired': '2022-10-04T19:00'}"),
                inline("bad language tag", Quote.class,
                        "{'speakerId': 'a', 'text': {'id': 'x'}, 'language': 'not a tag'}"),
                inline("unknown properties", Person.class,
                        "{'id': 'a', 'name': 'A', 'age': 40, 'extra': {'a': [1]}}"),
                inline("nulls", Episode.class,
                        "{'id': null, 'number': 1, 'title': {'en': 'x'}, 'partnerIds': ['a', null]}"),
                inline("null document", Person.class, "null"),
                inline("province that is not one", Subdivision.class, "'ID-PP'"),
                inline("other major format version", Person.class,
                        "{'outreachFormat': '2.0', 'id': 'a', 'name': 'A'}"),
                inline("duplicate keys", Person.class, "{'id': 'a', 'name': 'A', 'id': 'b', 'x': {'k': 1, 'k': 2}}"),
                inline("malformed on line 3", Person.class, "{\n  'id': 'a',\n  'name': }"),
                inline("rules across properties", Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': 'x'},"
                        + " 'speakers': [{'person': " + person + ", 'role': 'guest'}],"
                        + " 'quotes': [{'speakerId': 'someone-else', 'text': {'id': 'b'}, 'language': 'id'}]}"),
                inline("nested violations", Program.class, "{'id': 'kemlu-space', 'name': {'en': 'Kemlu Space'},"
                        + " 'platform': 'x-spaces', 'organizer': {'id': 'Kemlu', 'name': {'id': 'Kemlu'}, 'kind': 'ministry'},"
                        + " 'episodes': [{'id': 'one', 'number': 1, 'title': {'en': 'One'}},"
                        + "  {'id': 'two', 'number': 0, 'title': {'en': ' Two'}}]}"),
                new Case("trailing tokens", Person.class, Documents.json(person) + " {}", false),
                new Case("nesting beyond the limit", Person.class, "{\"id\": \"a\", \"name\": \"A\", \"x\": "
                        + "[".repeat(1000) + "]".repeat(1000) + "}", true),
                new Case("string beyond the limit", Person.class, "{\"id\": \"a\", \"name\": \""
                        + "a".repeat(OutreachJson.MAX_STRING_LENGTH + 1) + "\"}", true),
                new Case("number beyond the limit", Episode.class, "{\"id\": \"e\", \"number\": "
                        + "9".repeat(100) + ", \"title\": {\"en\": \"x\"}}", true));
    }

    private static Case inline(String name, Class<?> type, String document) {
        return new Case(name, type, Documents.json(document), true);
    }

    private static Outcome readWithJackson2(Case c) {
        try {
            JACKSON2.readValue(c.document, c.type);
        } catch (dev.outreach.jackson.InvalidDocumentException e) {
            return new Outcome(Documents.lines(e.violations()), e.getMessage());
        } catch (IOException e) {
            return rejected(e);
        }
        return fail("Jackson 2 read the invalid document %s", c.name);
    }

    private static Outcome readWithJackson3(Case c) {
        try {
            JACKSON3.readValue(c.document, c.type);
        } catch (InvalidDocumentException e) {
            return new Outcome(Documents.lines(e.violations()), e.getMessage());
        } catch (RuntimeException e) {
            return rejected(e);
        }
        return fail("Jackson 3 read the invalid document %s", c.name);
    }

    /** A rejection that is not the module's (trailing tokens, say): compared by exception name. */
    private static Outcome rejected(Exception e) {
        String line = REJECTED + e.getClass().getSimpleName();
        return new Outcome(List.of(line), line);
    }

    /** The lines of a document without their indentation (the fixtures' README compares so). */
    private static List<String> normalized(String json) {
        return json.strip().lines().map(String::strip).collect(Collectors.toList());
    }

    /** @return the files of {@code fixtures/<folder>}, sorted; none when the folder does not exist */
    private static List<Path> fixtures(String folder) {
        URL url = CrossVersionTest.class.getClassLoader().getResource("fixtures/" + folder);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Case {
        final String name;
        final Class<?> type;
        final String document;
        /** Whether the module itself must report it, as opposed to Jackson around it. */
        final boolean byTheModule;

        Case(String name, Class<?> type, String document, boolean byTheModule) {
            this.name = name;
            this.type = type;
            this.document = document;
            this.byTheModule = byTheModule;
        }
    }

    private static final class Outcome {
        final List<String> lines;
        final String message;

        Outcome(List<String> lines, String message) {
            this.lines = lines;
            this.message = message;
        }
    }
}
