package dev.outreach.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.core.BilingualText;
import dev.outreach.core.CountryCode;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventStatus;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.LiveStatus;
import dev.outreach.core.Moment;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Platform;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.ReachReport;
import dev.outreach.core.Scope;
import dev.outreach.core.Speaker;
import dev.outreach.core.Subdivision;
import dev.outreach.core.Violation;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON format on its own, through a small reader and writer of the tests' own
 * ({@link JsonText}): no Jackson involved. What is read, what is written, and every violation
 * with its place.
 */
class OutreachFormatTest {

    // ---- helpers ---------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static <T> OutreachFormat<T> format(Class<T> type) {
        for (OutreachFormat<?> format : OutreachFormat.all()) {
            if (format.type() == type) {
                return (OutreachFormat<T>) format;
            }
        }
        throw new AssertionError("no format for " + type);
    }

    /** Reads a document (single quotes stand for double quotes); the value, or null. */
    static <T> T read(Class<T> type, String json, ReadContext context) throws IOException {
        return format(type).read(JsonText.Reader.on(json.replace('\'', '"')), context);
    }

    static <T> T read(Class<T> type, String json) throws IOException {
        ReadContext context = new ReadContext(true);
        T value = read(type, json, context);
        assertThat(context.violations()).as("violations").isEmpty();
        assertThat(value).isNotNull();
        return value;
    }

    /** Reads a document that must be rejected; its violations as {@code pointer: message}. */
    static List<String> violations(Class<?> type, String json) throws IOException {
        ReadContext context = new ReadContext(true);
        Object value = read(type, json, context);
        assertThat(value).as("value read from %s", json).isNull();
        assertThat(context.count()).isEqualTo(context.violations().size()).isPositive();
        return lines(context.violations());
    }

    static List<String> lines(List<Violation> violations) {
        return violations.stream().map(v -> v.pointer() + ": " + v.message()).collect(Collectors.toList());
    }

    static <T> String write(Class<T> type, T value, boolean version) throws IOException {
        JsonText.Writer writer = new JsonText.Writer();
        format(type).write(value, writer, version);
        return writer.toString();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = OutreachFormatTest.class.getResourceAsStream("/fixtures/valid/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---- the golden documents --------------------------------------------------------------

    @Test
    void theGoldenDocumentsReadToTheArticleAndAreWrittenBackTheSame() throws IOException {
        check(Dossier.class, "dossier-kemlu-space.json", KemluSpace.dossier());
        check(Episode.class, "episode-road-to-wcce.json", KemluSpace.roadToWcce());
        check(Event.class, "event-wcce-2022.json", KemluSpace.wcce());
    }

    private static <T> void check(Class<T> type, String name, T expected) throws IOException {
        String json = fixture(name);
        ReadContext context = new ReadContext(true);
        assertThat(format(type).read(JsonText.Reader.on(json), context)).as(name).isEqualTo(expected);
        assertThat(context.violations()).isEmpty();
        assertThat(write(type, expected, true)).as(name).isEqualTo(JsonText.compact(json));
        // The same document as format 1.0 wrote it (the article has nothing 1.1 added) reads as before.
        String compact = JsonText.compact(json);
        assertThat(compact).as(name).startsWith("{\"outreachFormat\":\"1.1\",");
        ReadContext asVersion10 = new ReadContext(true);
        assertThat(format(type).read(JsonText.Reader.on(compact.replaceFirst("\"1\\.1\"", "\"1.0\"")), asVersion10))
                .as(name).isEqualTo(expected);
        assertThat(asVersion10.violations()).isEmpty();
    }

    @Test
    void everyModelTypeAndValueTypeHasAFormat() {
        List<Class<?>> types = OutreachFormat.all().stream().<Class<?>>map(OutreachFormat::type)
                .collect(Collectors.toList());
        // The object types first, in the order of Formats.ALL; then the value types and code lists.
        assertThat(types.subList(0, Formats.ALL.size()))
                .containsExactlyElementsOf(Formats.ALL.stream().map(ObjectFormat::type).collect(Collectors.toList()));
        assertThat(types.subList(Formats.ALL.size(), types.size())).startsWith(Moment.class, LanguageTag.class,
                CountryCode.class, Subdivision.class).contains(Platform.class, QuoteForm.class);
        assertThat(format(Episode.class)).hasToString("OutreachFormat[Episode]");
        assertThat(OutreachFormat.all()).isUnmodifiable();
        assertThat(OutreachFormat.VERSION).isEqualTo("1.1");
        assertThat(OutreachFormat.VERSION_PROPERTY).isEqualTo("outreachFormat");
    }

    @Test
    void shipsItsJsonSchema() {
        String schema = OutreachFormat.schema().trim();
        assertThat(schema).startsWith("{").endsWith("}");
        assertThat(OutreachFormat.schema()).isEqualTo(OutreachFormat.schema());
    }

    @Test
    void objectFormatsNameTheirProperties() {
        assertThat(Formats.PERSON).hasToString("Person[id, name, honorificPrefix, jobTitle, affiliation]");
        OutreachFormat<?> person = OutreachFormat.all().stream().filter(f -> f.type() == dev.outreach.core.Person.class)
                .findFirst().orElseThrow();
        assertThat(person.isObject()).isTrue();
        assertThat(person.propertyNames()).containsExactly("id", "name", "honorificPrefix", "jobTitle", "affiliation");
        assertThat(person.requiredPropertyNames()).containsExactly("id", "name");
        OutreachFormat<?> episode = OutreachFormat.all().stream().filter(f -> f.type() == dev.outreach.core.Episode.class)
                .findFirst().orElseThrow();
        assertThat(episode.listPropertyNames()).containsExactly("speakers", "quotes", "partnerIds", "eventIds");
        OutreachFormat<?> moment = OutreachFormat.all().stream().filter(f -> f.type() == dev.outreach.core.Moment.class)
                .findFirst().orElseThrow();
        assertThat(moment.isObject()).isFalse();
        assertThat(moment.propertyNames()).isEmpty();
    }

    @Test
    void aPropertyBelongsToOneFormat() {
        Property<Object, Object> shared = Property.required("p", Codecs.STRING, (b, v) -> { }, v -> "x");
        new ObjectFormat<>(Object.class, Object::new, b -> b, shared);
        assertThatThrownBy(() -> new ObjectFormat<>(Object.class, Object::new, b -> b, shared))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("p belongs to another format");
    }

    @Test
    void anObjectFormatHasAtMost64Properties() {
        // The varargs parameter takes an array, and an array of a generic type can only be made
        // by casting one of wildcards; every element is set right below.
        @SuppressWarnings("unchecked")
        Property<Object, Object>[] many = (Property<Object, Object>[]) new Property<?, ?>[65];
        for (int i = 0; i < many.length; i++) {
            many[i] = Property.required("p" + i, Codecs.STRING, (b, v) -> { }, v -> "x");
        }
        assertThatThrownBy(() -> new ObjectFormat<>(Object.class, Object::new, b -> b, many))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("at most 64 properties");
        Property<Object, Object>[] enough = java.util.Arrays.copyOf(many, 64);
        assertThat(new ObjectFormat<>(Object.class, Object::new, b -> b, enough).properties()).hasSize(64);
    }

    // ---- writing ---------------------------------------------------------------------------

    @Test
    void theVersionIsWrittenFirstAtTheRootOnlyWhenAsked() throws IOException {
        Person aldi = KemluSpace.aldiMonbusho();
        assertThat(write(Person.class, aldi, true)).startsWith("{\"outreachFormat\":\"1.1\",\"id\":\"aldi-monbusho\"");
        assertThat(write(Person.class, aldi, false)).startsWith("{\"id\":\"aldi-monbusho\"")
                .doesNotContain("outreachFormat");
        // Not at the root: inside an application's own array, no version.
        JsonText.Writer writer = new JsonText.Writer();
        writer.startArray();
        format(Person.class).write(aldi, writer, true);
        writer.endArray();
        assertThat(writer.toString()).startsWith("[{\"id\":\"aldi-monbusho\"");
        // Values that are not objects never get one.
        assertThat(write(Moment.class, Moment.ofDate(2022, 10, 4), true)).isEqualTo("\"2022-10-04\"");
        assertThat(write(Platform.class, Platform.X_SPACES, true)).isEqualTo("\"x-spaces\"");
    }

    @Test
    void absentOptionalsEmptyListsAndDefaultsAreNotWritten() throws IOException {
        Organization national = Organization.builder().id("kemlu").name(BilingualText.indonesian("Kemlu"))
                .kind(OrganizationKind.MINISTRY).build();
        assertThat(write(Organization.class, national, false))
                .isEqualTo("{\"id\":\"kemlu\",\"name\":{\"id\":\"Kemlu\"},\"kind\":\"ministry\"}");
        Organization regional = Organization.builder().from(national).scope(Scope.REGIONAL)
                .addProvince(Subdivision.of("ID-BA")).acronym("K").build();
        assertThat(write(Organization.class, regional, false)).isEqualTo(
                "{\"id\":\"kemlu\",\"name\":{\"id\":\"Kemlu\"},\"acronym\":\"K\",\"kind\":\"ministry\","
                        + "\"scope\":\"regional\",\"provinces\":[\"ID-BA\"]}");
        Quote quote = Quote.builder().speakerId("a").text(BilingualText.english("Hi")).language(LanguageTag.ENGLISH)
                .build();
        assertThat(write(Quote.class, quote, false))
                .isEqualTo("{\"speakerId\":\"a\",\"text\":{\"en\":\"Hi\"},\"language\":\"en\"}");
        assertThat(write(Quote.class, quote.withForm(QuoteForm.PARAPHRASE), false)).contains("\"form\":\"paraphrase\"");
        assertThat(write(Episode.class, KemluSpace.roadToWcce().withNumber(12), false)).contains("\"number\":12");
    }

    @Test
    void aReachReportIsWrittenWithProvinceNamesAndReadBack() throws IOException {
        ReachReport report = ReachReport.of(KemluSpace.program());
        String json = write(ReachReport.class, report, true);
        assertThat(json).contains("{\"code\":\"ID-AC\",\"name\":\"Aceh\"}");
        assertThat(read(ReachReport.class, json)).isEqualTo(report);
    }

    // ---- reading ---------------------------------------------------------------------------

    @Test
    void readsEveryValueTypeAndCode() throws IOException {
        assertThat(read(Moment.class, "'2022-10-04T19:00+07:00'").hasTime()).isTrue();
        assertThat(read(LanguageTag.class, "'in'")).isEqualTo(LanguageTag.INDONESIAN);
        assertThat(read(CountryCode.class, "'ID'")).isEqualTo(CountryCode.INDONESIA);
        assertThat(read(Subdivision.class, "'ID-BA'").name()).contains("Bali");
        assertThat(read(Platform.class, "'x-spaces'")).isEqualTo(Platform.X_SPACES);
        assertThat(read(EventStatus.class, "'moved-online'")).isEqualTo(EventStatus.MOVED_ONLINE);
        assertThat(violations(Platform.class, "'X-SPACES'")).containsExactly(": is not a known code");
        assertThat(violations(Platform.class, "7")).containsExactly(": must be a string");
    }

    @Test
    void readsVersionsOneAndRefusesOthers() throws IOException {
        assertThat(read(Person.class, "{'outreachFormat': '1.0', 'id': 'a', 'name': 'A'}").id()).isEqualTo("a");
        assertThat(read(Person.class, "{'outreachFormat': '1.9', 'id': 'a', 'name': 'A'}").id()).isEqualTo("a");
        for (String version : List.of("2.0", "10.0", "1", "", "0.1")) {
            assertThat(violations(Person.class, "{'outreachFormat': '" + version + "', 'id': 'a', 'name': 'A'}"))
                    .as(version).containsExactly("/outreachFormat: names a format version this reader does not support");
        }
        assertThat(violations(Person.class, "{'outreachFormat': 1, 'id': 'a', 'name': 'A'}"))
                .containsExactly("/outreachFormat: must be a string");
        assertThat(violations(Person.class, "{'outreachFormat': {'v': '1.0'}, 'id': 'a', 'name': 'A'}"))
                .containsExactly("/outreachFormat: must be a string");
        assertThat(violations(Person.class, "{'id': 'a', 'name': 'A', 'affiliation': {'outreachFormat': '1.0',"
                + " 'id': 'k', 'name': {'id': 'K'}, 'kind': 'ministry'}}"))
                .containsExactly("/affiliation/outreachFormat: is not a property of this object");
    }

    @Test
    void unknownPropertiesAreViolationsOrSkipped() throws IOException {
        String json = "{'id': 'a', 'x': {'deep': [1, {'y': 2}]}, 'name': 'A', 'z': [3]}";
        assertThat(violations(Person.class, json)).containsExactly("/x: is not a property of this object",
                "/z: is not a property of this object");
        ReadContext lenient = new ReadContext(false);
        Person person = read(Person.class, json, lenient);
        assertThat(lenient.count()).isZero();
        assertThat(person).isEqualTo(Person.builder().id("a").name("A").build());
    }

    @Test
    void duplicatePropertiesAreViolationsAndTheSecondValueIsSkipped() throws IOException {
        assertThat(violations(Person.class, "{'id': 'a', 'name': 'A', 'id': {'b': [1]}, 'name': 'B'}"))
                .containsExactly("/id: appears more than once in this object",
                        "/name: appears more than once in this object");
    }

    @Test
    void nullsAreViolationsWhereverTheyAre() throws IOException {
        assertThat(violations(Person.class, "{'id': null, 'name': 'A'}"))
                .containsExactly("/id: must not be null (leave an optional property out instead)");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': 'x'}, 'eventIds': ['a', null, 'b']}"))
                .containsExactly("/eventIds/1: must not be null (leave an optional property out instead)");
    }

    @Test
    void wrongTypesAreNamedWithTheirPlace() throws IOException {
        assertThat(violations(Episode.class, "{'id': 7, 'number': '1', 'title': 'x', 'speakers': {}, 'quotes': [1],"
                + " 'partnerIds': [true], 'eventIds': 'a'}")).containsExactly(
                "/id: must be a string",
                "/number: must be a whole number",
                "/title: must be an object",
                "/speakers: must be an array",
                "/quotes/0: must be an object",
                "/partnerIds/0: must be a string",
                "/eventIds: must be an array");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1.5, 'title': {'en': 'x'}}"))
                .containsExactly("/number: must be a whole number");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 2147483648, 'title': {'en': 'x'}}"))
                .containsExactly("/number: must be a whole number from -2147483648 to 2147483647");
        assertThat(read(Episode.class, "{'id': 'e', 'number': 2147483647, 'title': {'en': 'x'}}").number())
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(violations(Event.class, "{'id': 'e', 'name': {'en': 'x'}, 'edition': [3]}"))
                .containsExactly("/edition: must be a whole number");
    }

    @Test
    void aListIsBuiltOnlyWhenEveryElementIsGood() throws IOException {
        assertThat(violations(Program.class, "{'id': 'p', 'name': {'en': 'P'}, 'organizer': {'id': 'k',"
                + " 'name': {'id': 'K'}, 'kind': 'ministry'}, 'platform': 'x-spaces', 'episodes': ["
                + "{'id': 'one', 'number': 1, 'title': {'en': 'One'}}, {'id': 'two', 'number': 0, 'title': {'en': 'Two'}},"
                + "{'id': 'three', 'number': 'x', 'title': {'en': 'Three'}}, {'id': 'four', 'number': 4, 'title': {'en': 'Four'}}]}"))
                .containsExactly("/episodes/1/number: must be 1 or more", "/episodes/2/number: must be a whole number");
    }

    @Test
    void requiredPropertiesAreNamedWhenTheValueCannotBeBuilt() throws IOException {
        // Nothing else wrong: the model names them.
        assertThat(violations(Person.class, "{}")).containsExactly("/id: is required", "/name: is required");
        // Something else wrong inside: the format names them, and still checks the other scalars.
        assertThat(violations(Person.class, "{'name': 5}")).containsExactly("/name: must be a string",
                "/id: is required");
        assertThat(violations(Person.class, "{'id': 'Not A Slug', 'name': 5, 'honorificPrefix': ' Dr.',"
                + " 'jobTitle': {'en': 'Director'}}")).containsExactly(
                "/name: must be a string",
                "/id: must be a lowercase slug of letters, digits and single hyphens, at most 64 characters",
                "/honorificPrefix: must not start or end with white space");
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 'one', 'title': {'en': 'x'}, 'partnerIds': ['Bad']}"))
                .containsExactly("/number: must be a whole number", "/partnerIds/0: must be a lowercase slug of"
                        + " letters, digits and single hyphens, at most 64 characters");
        // A property that is there but bad is not also missing; a structured value that was read
        // is not checked again: its own problems were reported inside it.
        assertThat(violations(Speaker.class, "{'person': {'id': 'a', 'name': 'A'}, 'role': 7}"))
                .containsExactly("/role: must be a string");
        assertThat(violations(Speaker.class, "{'person': {'id': 'a', 'name': 5}}"))
                .containsExactly("/person/name: must be a string", "/role: is required");
    }

    @Test
    void violationsAreNamedWithTheDocumentsNamesNotTheModels() throws IOException {
        assertThat(violations(BilingualText.class, "{'id': ' Kemlu'}"))
                .containsExactly("/id: must not start or end with white space");
        assertThat(violations(BilingualText.class, "{'id': ' Kemlu', 'en': 5}"))
                .containsExactly("/en: must be a string", "/id: must not start or end with white space");
        assertThat(violations(BilingualText.class, "{}"))
                .containsExactly(": needs the text in Indonesian, English or both");
        assertThat(violations(Dossier.class, "{'events': [{'id': 'a', 'name': {'en': 'A'},"
                + " 'relations': [{'kind': 'part-of', 'eventId': 'b'}]}]}"))
                .containsExactly("/events/0/relations/0/eventId: must name an event of the document");
    }

    @Test
    void valuesWrittenAsStringsAreCheckedByTheModel() throws IOException {
        String episode = "{'id': 'e', 'number': 1, 'title': {'en': 'x'}, ";
        assertThat(violations(Episode.class, episode + "'aired': '2022-10-04T19:00'}"))
                .containsExactly("/aired: must carry a UTC offset or Z (WIB is +07:00, WITA +08:00, WIT +09:00)");
        assertThat(violations(Episode.class, episode + "'url': 'https://exa mple.org/'}"))
                .containsExactly("/url: must be an absolute https URL");
        assertThat(violations(Episode.class, episode + "'url': 'http://example.org/'}"))
                .containsExactly("/url: must be an absolute https URL");
        assertThat(violations(Episode.class, episode + "'status': 'over'}")).containsExactly("/status: is not a known code");
        assertThat(violations(Place.class, "{'country': 'XX'}"))
                .containsExactly("/country: must be an ISO 3166-1 alpha-2 country code");
        assertThat(violations(Place.class, "{'subdivision': 'ID-PP', 'country': 'ID'}"))
                .containsExactly("/subdivision: names a geographical unit of ISO 3166-2:ID, not a province");
        assertThat(violations(Quote.class, "{'speakerId': 'a', 'text': {'en': 'x'}, 'language': 'not a tag'}"))
                .containsExactly("/language: must be a well-formed BCP 47 language tag");
        Episode read = read(Episode.class, episode + "'url': 'https://kemlu.go.id/space', 'status': 'ended'}");
        assertThat(read.url()).contains(java.net.URI.create("https://kemlu.go.id/space"));
        assertThat(read.status()).contains(LiveStatus.ENDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'code': 'ID-BA', 'name': 'Jawa'}: /provincesReached/0/name: must be the Indonesian name of the province with that code",
        "{'code': 'US-CA', 'name': 'California'}: /provincesReached/0/name: must be the Indonesian name of the province with that code",
        "{'name': 'Bali'}: /provincesReached/0/code: is required",
        "{'code': 'ID-PP'}: /provincesReached/0/code: names a geographical unit of ISO 3166-2:ID, not a province",
        "{'code': 'ID-BA', 'population': 4}: /provincesReached/0/population: is not a property of this object",
        "{'code': 'ID-BA', 'name': 4}: /provincesReached/0/name: must be a string",
        "'ID-BA': /provincesReached/0: must be an object"})
    void aProvinceOfAReportIsReadByItsCodeAndItsNameMustMatch(String caseAndExpected) throws IOException {
        int split = caseAndExpected.indexOf(": /");
        String province = caseAndExpected.substring(0, split);
        String report = "{'programId': 'p', 'provincesReached': [" + province + "]}";
        assertThat(violations(ReachReport.class, report)).first().isEqualTo(caseAndExpected.substring(split + 2));
    }

    @Test
    void aProvinceWithoutANameIsReadByItsCode() throws IOException {
        List<String> all = Subdivision.provincesOfIndonesia().stream()
                .map(p -> "{'code': '" + p.code() + "'}").collect(Collectors.toList());
        ReachReport report = read(ReachReport.class, "{'programId': 'p', 'provincesNotReached': [" + String.join(", ", all)
                + "]}");
        assertThat(report.provincesNotReached()).isEqualTo(Subdivision.provincesOfIndonesia());
        assertThat(report.share()).isZero();
    }

    @Test
    void theContextCountsWhatWasReported() throws IOException {
        ReadContext context = new ReadContext(true);
        JsonText.Reader reader = JsonText.Reader.on("{\"a\": 1}");
        assertThat(context.failOnUnknownProperties()).isTrue();
        assertThat(new ReadContext(false).failOnUnknownProperties()).isFalse();
        context.report(reader, "outreach.document.malformed", Map.of("line", 3, "column", 9));
        context.report(reader, "outreach.required");
        assertThat(context.count()).isEqualTo(2);
        assertThat(lines(context.violations())).containsExactly(": is not well-formed (line 3, column 9)",
                ": is required");
    }
}
