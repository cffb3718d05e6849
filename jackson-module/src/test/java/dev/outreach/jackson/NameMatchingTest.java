package dev.outreach.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.outreach.core.Person;
import dev.outreach.fixtures.FixtureFiles;
import dev.outreach.fixtures.FixtureTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every document reads the same whatever instances of its property names the parser gives: the
 * format's own (Jackson 2 interns names by default), a new copy of each (a factory with interning
 * and canonicalising off, as YAML gives them) or those of a {@link TokenBuffer}.
 */
class NameMatchingTest {

    private static final JsonMapper INTERNING = OutreachJson.hardenedMapper();
    private static final JsonMapper COPYING = OutreachJson.harden(JsonMapper.builder(JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build()), false).addModule(new OutreachModule()).build();
    private static final JsonFactory PLAIN = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    @Test
    void theTwoMappersGiveNamesAsTheFormatsOwnAndAsCopies() throws IOException {
        assertThat(firstName(INTERNING)).isSameAs("speakerId");
        String copy = firstName(COPYING);
        assertThat(copy).isEqualTo("speakerId").isNotSameAs("speakerId").isNotSameAs(firstName(COPYING));
    }

    @TestFactory
    Stream<DynamicTest> validDocumentsReadTheSameWithEveryKindOfName() {
        List<Path> files = FixtureFiles.json("valid");
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Class<?> type = FixtureTypes.of(file.getFileName().toString());
            byte[] bytes = Files.readAllBytes(file);
            Object expected = INTERNING.readValue(bytes, type);
            assertThat(INTERNING.readValue(bytes, type)).isEqualTo(expected);
            assertThat(COPYING.readValue(bytes, type)).isEqualTo(expected);
            assertThat(COPYING.readValue(bytes, type)).isEqualTo(expected);
            assertThat(INTERNING.readValue(buffered(bytes), type)).isEqualTo(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidDocumentsHaveTheSameViolationsWithEveryKindOfName() {
        List<Path> files = FixtureFiles.json("invalid");
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Class<?> type = FixtureTypes.of(file.getFileName().toString());
            byte[] bytes = Files.readAllBytes(file);
            List<String> expected = violations(() -> INTERNING.readValue(bytes, type));
            assertThat(expected).isNotEmpty();
            assertThat(violations(() -> COPYING.readValue(bytes, type))).isEqualTo(expected);
            assertThat(violations(() -> INTERNING.readValue(buffered(bytes), type))).isEqualTo(expected);
        }));
    }

    @Test
    void aTokenBuffersNamesAreHeldToItsReadLimits() throws IOException {
        // A token buffer checks nothing itself: the reader applies the buffer's limits (Jackson's
        // defaults) to what it gives, as it does for YAML; a JSON parser applies them itself.
        TokenBuffer buffer = new TokenBuffer(INTERNING, false);
        buffer.writeStartObject();
        buffer.writeStringField("n".repeat(StreamReadConstraints.defaults().getMaxNameLength() + 1), "p1");
        buffer.writeEndObject();
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> INTERNING.readValue(buffer.asParser(INTERNING), Person.class));
        assertThat(e).isNotNull();
        assertThat(e.violations()).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("outreach.document.limit"));
    }

    private static String firstName(JsonMapper mapper) throws IOException {
        try (JsonParser parser = mapper.createParser("{\"speakerId\": \"p1\"}")) {
            parser.nextToken();
            return parser.nextFieldName();
        }
    }

    /**
     * The document as a {@link TokenBuffer} holds it, read back through the buffer's own parser;
     * copied from a plain parser, which leaves duplicate properties for the format to find.
     */
    private static JsonParser buffered(byte[] bytes) throws IOException {
        try (JsonParser parser = PLAIN.createParser(bytes)) {
            TokenBuffer buffer = new TokenBuffer(parser);
            parser.nextToken();
            buffer.copyCurrentStructure(parser);
            return buffer.asParser(COPYING);
        }
    }

    /** A read that fails. */
    private interface Read {
        Object run() throws IOException;
    }

    private static List<String> violations(Read read) {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, read::run);
        assertThat(e).as("the reader rejects the document").isNotNull();
        return Documents.lines(e.violations());
    }
}
