package dev.outreach.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

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
        List<Path> files = FixtureFiles.json("valid");
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Class<?> type = FixtureTypes.of(file.getFileName().toString());
            byte[] bytes = Files.readAllBytes(file);
            Object expected = CANONICAL.readValue(bytes, type);
            assertThat(CANONICAL.readValue(bytes, type)).isEqualTo(expected);
            assertThat(INTERNING.readValue(bytes, type)).isEqualTo(expected);
            assertThat(COPYING.readValue(bytes, type)).isEqualTo(expected);
            assertThat(COPYING.readValue(bytes, type)).isEqualTo(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidDocumentsHaveTheSameViolationsWithEveryKindOfName() {
        List<Path> files = FixtureFiles.json("invalid");
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Class<?> type = FixtureTypes.of(file.getFileName().toString());
            byte[] bytes = Files.readAllBytes(file);
            List<String> expected = violations(() -> CANONICAL.readValue(bytes, type));
            assertThat(expected).isNotEmpty();
            assertThat(violations(() -> INTERNING.readValue(bytes, type))).isEqualTo(expected);
            assertThat(violations(() -> COPYING.readValue(bytes, type))).isEqualTo(expected);
        }));
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
