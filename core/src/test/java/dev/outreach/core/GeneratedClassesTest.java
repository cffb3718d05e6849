package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JaCoCo and PIT leave out the classes Immutables generates by a rule, not by a list of names:
 * each carries Immutables' {@code @Generated} in its class file (class retention, so only the
 * class file shows it), and both tools skip classes annotated with an annotation of that name.
 * This test holds the rule: every generated class and every class nested in one carries the
 * annotation, and no hand-written class does (the style annotation {@link OutreachStyle}, which
 * names the annotation's type to allow it, aside), so a model type added later is left out of the
 * figures with no change to the build, and nothing of ours is left out by mistake.
 */
class GeneratedClassesTest {

    /** How the annotation's type is named in a class file's constant pool. */
    private static final String GENERATED = "Lorg/immutables/value/Generated;";

    @Test
    void everyGeneratedClassCarriesTheAnnotationAndNoHandWrittenOneDoes() throws Exception {
        List<String> generated = new ArrayList<>();
        for (Class<?> type : ArchitectureTest.generatedTypes()) {
            generated.add(type.getSimpleName());
        }
        List<String> marked = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (Path file : classFiles()) {
            String name = file.getFileName().toString();
            String outer = name.substring(0, name.length() - ".class".length()).split("\\$")[0];
            boolean isGenerated = generated.contains(outer);
            boolean carries = carriesGenerated(file) && !name.equals("OutreachStyle.class");
            if (isGenerated && !carries) {
                unmarked.add(name);
            }
            if (!isGenerated && carries) {
                marked.add(name);
            }
        }
        assertThat(generated).as("generated model types found").hasSizeGreaterThanOrEqualTo(17);
        assertThat(unmarked).as("generated classes without @Generated (see OutreachStyle)").isEmpty();
        assertThat(marked).as("hand-written classes with @Generated").isEmpty();
    }

    @Test
    void theBuildersAreAmongTheMarkedClasses() throws Exception {
        Path builder = ArchitectureTest.classesDirectory().resolve("dev/outreach/core/Episode$Builder.class");

        assertThat(carriesGenerated(builder)).isTrue();
        assertThat(carriesGenerated(builder.resolveSibling("AbstractEpisode.class"))).isFalse();
    }

    private static boolean carriesGenerated(Path classFile) throws IOException {
        return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(GENERATED);
    }

    private static List<Path> classFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(ArchitectureTest.classesDirectory().resolve("dev/outreach/core"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".class")).sorted()
                    .collect(Collectors.toList());
        }
    }
}
