package dev.outreach.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.outreach.conformance.NameMatchingCases;
import dev.outreach.core.Person;
import java.io.IOException;
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
        return NameMatchingCases.validDocumentsReadAlike(INTERNING::readValue,
                List.of(COPYING::readValue, (bytes, type) -> INTERNING.readValue(buffered(bytes), type)));
    }

    @TestFactory
    Stream<DynamicTest> invalidDocumentsHaveTheSameViolationsWithEveryKindOfName() {
        return NameMatchingCases.invalidDocumentsReportAlike(Jackson2Codec.INSTANCE, INTERNING::readValue,
                List.of(COPYING::readValue, (bytes, type) -> INTERNING.readValue(buffered(bytes), type)));
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
}
