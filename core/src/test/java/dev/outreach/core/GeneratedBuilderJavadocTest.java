package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated builders' Javadoc, which is published with the library, names the exception that
 * {@code build()} throws: the model's {@link InvalidContentException}, not Immutables' default
 * {@code IllegalStateException}.
 */
class GeneratedBuilderJavadocTest {

    private static final Path GENERATED = Path.of("target/generated-sources/annotations/dev/outreach/core");
    private static final Pattern BUILD = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public \\w+ build\\(\\)",
            Pattern.DOTALL);

    @Test
    void everyBuildMethodDocumentsTheModelsException() throws IOException {
        List<String> documented = new ArrayList<>();
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(source).as(file.toString()).doesNotContain("IllegalStateException");
                Matcher build = BUILD.matcher(source);
                while (build.find()) {
                    assertThat(build.group(1)).as(file.toString())
                            .contains("@throws dev.outreach.core.InvalidContentException");
                    documented.add(file.getFileName().toString());
                }
            }
        }
        assertThat(documented).contains("Episode.java", "Event.java", "Dossier.java", "BilingualText.java")
                .hasSizeGreaterThan(15);
    }
}
