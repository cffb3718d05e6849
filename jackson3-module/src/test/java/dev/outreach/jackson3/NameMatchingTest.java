package dev.outreach.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.conformance.NameMatchingCases;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every document reads the same whatever instances of its property names the parser gives: one
 * canonical instance of each name (Jackson 3's default, which does not intern), the format's own
 * (a factory that interns) or a new copy of each (a factory with interning and canonicalising
 * off, as YAML gives them).
 */
class NameMatchingTest {

    private static final JsonMapper CANONICAL = OutreachJson.hardenedMapper();
    private static final JsonMapper INTERNING = mapper(JsonFactory.builder()
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .build());
    private static final JsonMapper COPYING = mapper(JsonFactory.builder()
            .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
            .build());

    @Test
    void theThreeMappersGiveNamesAsOneInstanceAsTheFormatsOwnAndAsCopies() {
        assertThat(firstName(CANONICAL)).isEqualTo("speakerId").isNotSameAs("speakerId")
                .isSameAs(firstName(CANONICAL));
        assertThat(firstName(INTERNING)).isSameAs("speakerId");
        String copy = firstName(COPYING);
        assertThat(copy).isEqualTo("speakerId").isNotSameAs("speakerId").isNotSameAs(firstName(COPYING));
    }

    @TestFactory
    Stream<DynamicTest> validDocumentsReadTheSameWithEveryKindOfName() {
        return NameMatchingCases.validDocumentsReadAlike(CANONICAL::readValue,
                List.of(INTERNING::readValue, COPYING::readValue));
    }

    @TestFactory
    Stream<DynamicTest> invalidDocumentsHaveTheSameViolationsWithEveryKindOfName() {
        return NameMatchingCases.invalidDocumentsReportAlike(Jackson3Codec.INSTANCE, CANONICAL::readValue,
                List.of(INTERNING::readValue, COPYING::readValue));
    }

    private static JsonMapper mapper(JsonFactory factory) {
        return OutreachJson.harden(JsonMapper.builder(factory), false).addModule(new OutreachModule()).build();
    }

    private static String firstName(JsonMapper mapper) {
        try (JsonParser parser = mapper.createParser("{\"speakerId\": \"p1\"}")) {
            parser.nextToken();
            return parser.nextName();
        }
    }
}
