package dev.outreach.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The printed documents are byte for byte the text in {@code golden/}, which was printed by
 * Jackson's pretty printer with the script-safe escapes before the writer had a printer of its
 * own: indentation, {@code " : "}, arrays on one line, escapes and key order all stay.
 */
class GoldenOutputTest {

    static Stream<Arguments> documents() {
        return GoldenCases.documents().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theDocumentIsTheGoldenText(String name, Supplier<String> document) {
        assertThat(document.get().getBytes(StandardCharsets.UTF_8)).isEqualTo(golden(name + ".jsonld"));
    }

    static byte[] golden(String name) {
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
