package dev.outreach.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.outreach.core.AttendanceMode;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Coded;
import dev.outreach.core.Coverage;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelationKind;
import dev.outreach.core.EventStatus;
import dev.outreach.core.LiveStatus;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Platform;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.Scope;
import dev.outreach.core.SpeakerRole;
import dev.outreach.core.Subdivision;
import dev.outreach.format.OutreachFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped JSON Schema says what the format ({@link OutreachFormat}) and the model say: the same properties in
 * the same order, the same required ones, the same codes and lists, and it accepts exactly the
 * scalar values the reader accepts (for the values tried here).
 */
class SchemaTest {

    private static final String SCHEMA_ID = "urn:dev.outreach:schema:" + OutreachFormat.VERSION;
    private static final List<OutreachFormat<?>> OBJECTS = OutreachFormat.all().stream()
            .filter(OutreachFormat::isObject).collect(Collectors.toList());
    private static final JsonMapper MAPPER = OutreachJson.hardenedMapper();
    private static final JsonNode SCHEMA = tree(OutreachJson.schema());
    private static final JsonNode DEFS = SCHEMA.path("$defs");
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(SCHEMA_ID, OutreachJson.schema())));

    @Test
    void theRootAcceptsADocumentOfEveryType() {
        List<String> refs = StreamSupport.stream(SCHEMA.path("anyOf").spliterator(), false)
                .map(node -> node.path("$ref").asText())
                .collect(Collectors.toList());

        assertThat(refs).containsExactlyElementsOf(OBJECTS.stream()
                .map(format -> "#/$defs/" + format.type().getSimpleName())
                .collect(Collectors.toList()));
    }

    @TestFactory
    Stream<DynamicTest> everyTypeHasTheFormatsPropertiesInOrder() {
        return OBJECTS.stream().map(format -> dynamicTest(format.type().getSimpleName(), () -> {
            String name = format.type().getSimpleName();
            JsonNode rules = DEFS.path(name + "Properties");
            List<String> names = new ArrayList<>();
            rules.path("properties").fieldNames().forEachRemaining(names::add);
            List<String> required = new ArrayList<>();
            rules.path("required").forEach(node -> required.add(node.asText()));

            assertThat(names).containsExactlyElementsOf(format.propertyNames());
            assertThat(required).containsExactlyElementsOf(format.requiredPropertyNames());
            for (String property : format.propertyNames()) {
                assertThat(rules.path("properties").path(property).path("type").asText())
                        .as(property).isEqualTo(format.listPropertyNames().contains(property) ? "array" : "");
            }
            for (String list : format.listPropertyNames()) {
                assertThat(rules.path("properties").path(list).path("maxItems").asInt())
                        .as(list).isEqualTo(format.maxItems(list));
            }

            JsonNode document = DEFS.path(name);
            assertThat(document.path("$ref").asText()).isEqualTo("#/$defs/" + name + "Properties");
            assertThat(document.path("properties").path("outreachFormat").path("$ref").asText())
                    .isEqualTo("#/$defs/formatVersion");
            assertThat(document.path("unevaluatedProperties").isBoolean()).isTrue();
            assertThat(document.path("unevaluatedProperties").asBoolean()).isFalse();
            JsonNode nested = DEFS.path(name + "Nested");
            assertThat(nested.path("$ref").asText()).isEqualTo("#/$defs/" + name + "Properties");
            assertThat(nested.has("properties")).isFalse();
            assertThat(nested.path("unevaluatedProperties").isBoolean()).isTrue();
            assertThat(nested.path("unevaluatedProperties").asBoolean()).isFalse();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyEnumHasTheModelsCodes() {
        return Stream.of(OrganizationKind.class, Scope.class, Platform.class, SpeakerRole.class, PartnerRole.class,
                QuoteForm.class, LiveStatus.class, EventRelationKind.class, AttendanceMode.class, EventStatus.class)
                .map(type -> dynamicTest(type.getSimpleName(), () -> {
                    String def = Character.toLowerCase(type.getSimpleName().charAt(0))
                            + type.getSimpleName().substring(1);
                    assertThat(strings(DEFS.path(def).path("enum"))).containsExactlyElementsOf(
                            Arrays.stream(type.getEnumConstants()).map(c -> ((Coded) c).code())
                                    .collect(Collectors.toList()));
                }));
    }

    @Test
    void theProvincesAreTheModels38() {
        assertThat(strings(DEFS.path("provinceOfIndonesia").path("enum")))
                .hasSize(38)
                .containsExactlyElementsOf(Subdivision.provincesOfIndonesia().stream().map(Subdivision::code)
                        .collect(Collectors.toList()));
    }

    @Test
    void theCountriesAreTheJdksIso3166Codes() {
        assertThat(strings(DEFS.path("country").path("enum")))
                .containsExactlyInAnyOrderElementsOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    }

    @TestFactory
    Stream<DynamicTest> theSchemaAcceptsTheScalarsTheReaderAccepts() {
        List<String> subdivisions = new ArrayList<>(List.of("ID-PP", "ID-JW", "ID-KA", "ID-ML", "ID-NU", "ID-SL",
                "ID-SM", "ID-XX", "ID-ba", "ID-", "US-CA", "GB-ENG", "FR-75C", "FR-7", "US-CA1X", "us-ca", "XX-12",
                "UK-ENG", "US-C_", "IDBA"));
        Subdivision.provincesOfIndonesia().forEach(p -> subdivisions.add(p.code()));
        return Stream.of(
                agreement("moment", Event.class, "{\"id\":\"e\",\"name\":{\"en\":\"E\"},\"start\":%s}",
                        "2022-10-04", "2022-02-29", "2024-02-29", "2000-02-29", "1900-02-29", "2022-04-31",
                        "2022-12-31", "2022-13-01", "2022-10-00", "2022-1-04", "4 Oktober 2022",
                        "2022-10-04T19:00+07:00", "2022-10-04T19:00+08:00", "2022-10-04T19:00Z",
                        "2022-10-04T19:00:30+09:00", "2022-10-04T19:00:00.123456789+07:00",
                        "2022-10-04T19:00:00.1234567891+07:00", "2022-10-04T19:00+07:00:30",
                        "2022-10-04T19:00+18:00", "2022-10-04T19:00+18:01", "2022-10-04T19:00+0700",
                        "2022-10-04T24:00+07:00", "2022-10-04T19:60+07:00", "2022-10-04T19:00",
                        "2022-10-04 19:00+07:00", "2022-10-04t19:00+07:00", "2022-10-04T19:00+07:00[Asia/Jakarta]"),
                // Well-formed tags the registry does not list (bahasa, zz) are the reader's alone:
                // see the fixture quote-unregistered-language.
                agreement("languageTag", Coverage.class, "{\"outlet\":\"O\",\"language\":%s}",
                        "id", "in", "IN", "en", "en-GB", "EN-gb", "zh-Hant-TW", "id_ID", "abcdefghi", "a",
                        "en-", "en--US", "x-private", "und", "und-US", "en-x-foo", "en-GB-x-abcdefghi", "i-klingon",
                        "en-GB-oed", "i-enochian", "de-1996-1996", "en-US-u-ca-gregory", "en-a", "zh-min-nan",
                        "en-" + "abcde-".repeat(15_000) + "abcde"),
                agreement("country", Place.class, "{\"country\":%s}", "ID", "id", "FR", "AQ", "UK", "EU", "XK",
                        "ZZ", "IDN", ""),
                agreement("subdivision", Organization.class,
                        "{\"id\":\"o\",\"name\":{\"en\":\"O\"},\"kind\":\"media\",\"scope\":\"regional\","
                                + "\"provinces\":[%s]}",
                        subdivisions.toArray(new String[0])),
                agreement("httpsUrl", Organization.class,
                        "{\"id\":\"o\",\"name\":{\"en\":\"O\"},\"kind\":\"media\",\"website\":%s}",
                        "https://example.org", "https://example.org/a/b?c=d#e", "http://example.org/",
                        "HTTPS://example.org/", "https:///path", "https://exa_mple.org/", "https://-a.org/",
                        "https://1.2.3.4/", "https://1.2.3.4.5/", "https://999.1.1.1/", "https://a.1b/",
                        "https://[::1]/", "https://user:pw@example.org:8443/x", "https://example.org/a b",
                        "https://example.org/a%20b", "https://example.org/a%2", "https://example.org/ü",
                        "https://example.org/#a#b", "https://example.org./", "https:example.org", "ftp://example.org/",
                        "https://" + "a".repeat(1990) + ".org", "https://" + "a".repeat(1995) + ".org",
                        "https://" + "a.".repeat(995) + "org", "https://example.org/" + "a/".repeat(990),
                        "https://example.org/?" + "q=1&".repeat(495), "https://example.org/" + "a".repeat(99_000)),
                agreement("slug", Organization.class, "{\"id\":%s,\"name\":{\"en\":\"O\"},\"kind\":\"media\"}",
                        "kemlu", "kemlu-space", "road-to-wcce", "a", "a--b", "-a", "a-", "Kemlu", "kemlu space", "",
                        "a".repeat(64), "a".repeat(65), "jalan-jalan-2022", "a-".repeat(40_000) + "a"),
                agreement("cleanText", Person.class, "{\"id\":\"p\",\"name\":%s}",
                        "Aldi Monbusho", " Aldi", "Aldi ", "Al\tdi", "Al\ndi", "Aldi\u00a0", "\u2003Aldi", "Al\u007fdi",
                        "Al\u0085di", "Al\u00a0di", "", " ", "x".repeat(128), "x".repeat(129),
                        "\ud83d\ude00".repeat(128), "\ud83d\ude00".repeat(129), "x ".repeat(45_000) + "x"),
                agreement("cleanMultilineText", BilingualText.class, "{\"en\":%s}",
                        "Road to WCCE", "line one\nline two", "line\n", "\nline", "tab\there", "cr\rhere", "",
                        "x".repeat(5000), "x".repeat(5001)),
                agreement("positiveInteger", Episode.class, "{\"id\":\"e\",\"number\":%s,\"title\":{\"en\":\"T\"}}",
                        List.of("1", "0", "-1", "2147483647", "2147483648", "\"1\"")))
                .flatMap(s -> s);
    }

    private static Stream<DynamicTest> agreement(String name, Class<?> type, String template, String... values) {
        return agreement(name, type, template,
                Arrays.stream(values).map(SchemaTest::quoted).collect(Collectors.toList()));
    }

    private static Stream<DynamicTest> agreement(String name, Class<?> type, String template, List<String> values) {
        Schema schema = SCHEMAS.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/" + type.getSimpleName()));
        return values.stream().map(value -> dynamicTest(name + " " + abbreviated(value), () -> {
            String document = String.format(Locale.ROOT, template, value);
            boolean readerAccepts;
            try {
                MAPPER.readValue(document, type);
                readerAccepts = true;
            } catch (InvalidDocumentException e) {
                readerAccepts = false;
            }
            assertThat(schema.validate(document, InputFormat.JSON).isEmpty())
                    .as("the schema accepts %s as the reader does (%s)", abbreviated(value), readerAccepts)
                    .isEqualTo(readerAccepts);
        }));
    }

    private static String quoted(String value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 20) + "…(" + value.length() + ")";
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).isTrue();
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static JsonNode tree(String json) {
        try {
            return new JsonMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
