package dev.outreach.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.outreach.fixtures.FixtureFiles;
import dev.outreach.fixtures.FixtureTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every golden document reads the same whatever instances of its property names the parser
 * gives: the format's own (an interning parser), one canonical instance of each, a new copy of
 * each (as YAML gives them) or those of a token buffer. Written once for both Jackson modules:
 * each module's {@code NameMatchingTest} gives the readers its Jackson generation makes.
 */
public final class NameMatchingCases {

    private NameMatchingCases() {
    }

    /**
     * @param reference the reader whose value is expected
     * @param others    readers whose parsers give the names as other instances; each reads
     *                  every document twice, so that names remembered from a first read are met
     * @return one test per valid golden document: every reader reads the same value
     */
    public static Stream<DynamicTest> validDocumentsReadAlike(ModuleCodec.Reader reference,
            List<ModuleCodec.Reader> others) {
        List<Path> files = FixtureFiles.json("valid");
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Class<?> type = FixtureTypes.of(file.getFileName().toString());
            byte[] bytes = Files.readAllBytes(file);
            Object expected = reference.read(bytes, type);
            assertThat(reference.read(bytes, type)).isEqualTo(expected);
            for (ModuleCodec.Reader other : others) {
                assertThat(other.read(bytes, type)).isEqualTo(expected);
                assertThat(other.read(bytes, type)).isEqualTo(expected);
            }
        }));
    }

    /**
     * @param codec     the module, which tells its violations from what a read threw
     * @param reference the reader whose violations are expected
     * @param others    readers whose parsers give the names as other instances
     * @return one test per invalid golden document: every reader finds the same violations
     */
    public static Stream<DynamicTest> invalidDocumentsReportAlike(ModuleCodec codec, ModuleCodec.Reader reference,
            List<ModuleCodec.Reader> others) {
        List<Path> files = FixtureFiles.json("invalid");
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Class<?> type = FixtureTypes.of(file.getFileName().toString());
            byte[] bytes = Files.readAllBytes(file);
            List<String> expected = violations(codec, reference, bytes, type);
            assertThat(expected).isNotEmpty();
            for (ModuleCodec.Reader other : others) {
                assertThat(violations(codec, other, bytes, type)).isEqualTo(expected);
            }
        }));
    }

    private static List<String> violations(ModuleCodec codec, ModuleCodec.Reader reader, byte[] bytes,
            Class<?> type) {
        Throwable thrown = null;
        try {
            reader.read(bytes, type);
        } catch (Exception e) {
            thrown = e;
        }
        assertThat(thrown).as("the reader rejects the document").isNotNull();
        assertThat(codec.violations(thrown)).as("the module's violations").isNotNull();
        return Reads.lines(codec.violations(thrown), Locale.ENGLISH);
    }
}
