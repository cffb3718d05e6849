package dev.outreach.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import dev.outreach.core.Dossier;
import dev.outreach.core.Violation;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import dev.outreach.fixtures.FixtureTypes;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden documents in {@code fixtures/} (on the test class path under {@code fixtures/}):
 * every valid one reads, writes back to the same JSON and passes the shipped JSON Schema; every
 * invalid one is rejected by the reader with exactly the violations of its {@code .expected.txt}
 * and by the schema, unless a {@code .beyond-schema.txt} says why the schema cannot see its
 * violation (a rule between values), in which case the schema must accept it.
 */
class FixturesTest {

    private static final String SCHEMA_ID = ShippedSchema.ID;
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonMapper MAPPER = OutreachJson.hardenedMapper();
    private static final ObjectWriter INDENTED = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
    private static final SchemaRegistry SCHEMAS = ShippedSchema.registry();

    @TestFactory
    Stream<DynamicTest> validDocumentsReadWriteBackAndPassTheSchema() {
        List<Path> files = jsonFiles("valid");
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Class<?> type = FixtureTypes.of(file.getFileName().toString());
            byte[] bytes = Files.readAllBytes(file);

            Object value = MAPPER.readValue(bytes, type);
            assertThat(value).isInstanceOf(type);

            JsonNode written = MAPPER.readTree(MAPPER.writeValueAsBytes(value));
            assertThat(written.equals(MAPPER.readTree(bytes)))
                    .as("the written tree equals the fixture's tree").isTrue();
            assertThat(INDENTED.writeValueAsString(value) + "\n")
                    .isEqualTo(new String(bytes, StandardCharsets.UTF_8));

            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(messages(schema("").validate(text, InputFormat.JSON))).isEmpty();
            assertThat(messages(schema("#/$defs/" + type.getSimpleName()).validate(text, InputFormat.JSON)))
                    .isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidDocumentsAreRejectedWithTheExpectedViolations() {
        List<Path> files = jsonFiles("invalid");
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Class<?> type = FixtureTypes.of(file.getFileName().toString());
            byte[] bytes = Files.readAllBytes(file);
            Path expectedFile = sibling(file, ".expected.txt");
            assertThat(expectedFile).exists();
            List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
            assertThat(expected).isNotEmpty().doesNotContain("");

            InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                    () -> MAPPER.readValue(bytes, type));
            assertThat(e).as("the reader rejects the document").isNotNull();
            List<String> lines = e.violations().stream()
                    .map(v -> pointer(v) + ": " + v.message())
                    .collect(Collectors.toList());
            assertThat(lines).containsExactlyElementsOf(expected);
            assertThat(e.getMessage()).isEqualTo(String.join("\n", expected));

            List<String> indonesian = List.of(e.describe(Locale.forLanguageTag("id")).split("\n"));
            assertThat(indonesian).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                String pointer = pointer(e.violations().get(i));
                assertThat(indonesian.get(i)).startsWith(pointer + ": ").isNotEqualTo(expected.get(i));
            }

            String text = new String(bytes, StandardCharsets.UTF_8);
            List<String> rootErrors = messages(schema("").validate(text, InputFormat.JSON));
            List<String> typeErrors = messages(
                    schema("#/$defs/" + type.getSimpleName()).validate(text, InputFormat.JSON));
            if (Files.exists(sibling(file, ".beyond-schema.txt"))) {
                assertThat(rootErrors).as("the schema cannot see this violation, so it accepts").isEmpty();
                assertThat(typeErrors).as("the schema cannot see this violation, so it accepts").isEmpty();
            } else {
                assertThat(rootErrors).as("the schema rejects the document").isNotEmpty();
                assertThat(typeErrors).as("the schema rejects the document as a " + type.getSimpleName())
                        .isNotEmpty();
            }
        }));
    }

    @Test
    void everyExpectationAndSchemaNoteBelongsToAnInvalidDocument() throws IOException {
        Path directory = fixtures("invalid");
        try (Stream<Path> all = Files.list(directory)) {
            List<Path> notes = all.filter(p -> !p.getFileName().toString().endsWith(".json"))
                    .collect(Collectors.toList());
            assertThat(notes).isNotEmpty();
            for (Path note : notes) {
                String name = note.getFileName().toString();
                assertThat(name).matches(".+\\.(expected|beyond-schema)\\.txt");
                String base = name.substring(0, name.indexOf('.'));
                assertThat(directory.resolve(base + ".json")).as("the document of " + name).exists();
            }
        }
    }

    @Test
    void theArticleDossierIsTheSamplesDossier() throws IOException {
        byte[] bytes = read("fixtures/valid/dossier-kemlu-space.json");
        Dossier sample = KemluSpace.dossier();

        assertThat(MAPPER.readValue(bytes, Dossier.class)).isEqualTo(sample);
        assertThat(INDENTED.writeValueAsString(sample) + "\n").isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void theSchemaIsValidDraft202012() {
        Schema meta = SCHEMAS.getSchema(SchemaLocation.of(META_SCHEMA));

        assertThat(messages(meta.validate(OutreachJson.schema(), InputFormat.JSON))).isEmpty();
        // The meta-schema check is real: it refuses a schema with an unknown type.
        assertThat(messages(meta.validate("{\"type\": \"text\"}", InputFormat.JSON))).isNotEmpty();
    }

    @Test
    void theSchemaIsTheShippedResource() throws IOException {
        String schema = OutreachJson.schema();

        assertThat(schema).isEqualTo(new String(read("dev/outreach/format/outreach.schema.json"),
                StandardCharsets.UTF_8));
        JsonNode tree = MAPPER.readTree(schema);
        assertThat(tree.path("$schema").asText()).isEqualTo(META_SCHEMA);
        assertThat(tree.path("$id").asText()).isEqualTo(SCHEMA_ID);
    }

    private static Schema schema(String fragment) {
        return ShippedSchema.schema(fragment);
    }

    private static List<String> messages(List<com.networknt.schema.Error> errors) {
        return errors.stream().map(Object::toString).collect(Collectors.toList());
    }

    private static String pointer(Violation violation) {
        return violation.segments().isEmpty() ? "/" : violation.pointer();
    }

    private static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".json".length()) + suffix);
    }

    private static List<Path> jsonFiles(String kind) {
        try (Stream<Path> all = Files.list(fixtures(kind))) {
            return all.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fixtures(String kind) {
        URL url = FixturesTest.class.getClassLoader().getResource("fixtures/" + kind);
        assertThat(url).as("fixtures/" + kind + " on the test class path").isNotNull();
        assertThat(url.getProtocol()).isEqualTo("file");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = FixturesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
