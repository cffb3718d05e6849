package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
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
 * annotation on the class itself, and no hand-written class does, so a model type added later is left out of the
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
            boolean carries = carriesGenerated(file);
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
        // The style annotation names the annotation's type as a value, which is not being annotated.
        assertThat(carriesGenerated(builder.resolveSibling("OutreachStyle.class"))).isFalse();
    }

    /** Whether the class itself (not a member, not a constant) is annotated {@link #GENERATED}. */
    private static boolean carriesGenerated(Path classFile) throws IOException {
        return classAnnotations(Files.readAllBytes(classFile)).contains(GENERATED);
    }

    /**
     * Reads the types of a class file's class-level annotations kept in the class file only
     * ({@code RuntimeInvisibleAnnotations}, where class retention puts them), by the class file
     * format of the JVM specification (chapter 4): the constant pool, the class's fields and
     * methods skipped, then the class's own attributes.
     */
    static List<String> classAnnotations(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        in.skipNBytes(8); // magic, minor and major version
        String[] utf8 = new String[in.readUnsignedShort()];
        for (int i = 1; i < utf8.length; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // a long or a double takes two entries
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        for (int members = 0; members < 2; members++) { // fields, then methods
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                in.skipNBytes(6); // access flags, name, descriptor
                skipAttributes(in);
            }
        }
        List<String> types = new ArrayList<>();
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            String name = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if (!"RuntimeInvisibleAnnotations".equals(name)) {
                in.skipNBytes(length);
                continue;
            }
            int count = in.readUnsignedShort();
            for (int j = 0; j < count; j++) {
                types.add(annotation(in, utf8));
            }
        }
        return types;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt());
        }
    }

    /** Reads one annotation, its element values skipped; @return its type's descriptor */
    private static String annotation(DataInputStream in, String[] utf8) throws IOException {
        String type = utf8[in.readUnsignedShort()];
        int pairs = in.readUnsignedShort();
        for (int i = 0; i < pairs; i++) {
            in.skipNBytes(2);
            skipElementValue(in, utf8);
        }
        return type;
    }

    private static void skipElementValue(DataInputStream in, String[] utf8) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> in.skipNBytes(2);
            case 'e' -> in.skipNBytes(4);
            case '@' -> annotation(in, utf8);
            case '[' -> {
                int count = in.readUnsignedShort();
                for (int i = 0; i < count; i++) {
                    skipElementValue(in, utf8);
                }
            }
            default -> throw new IOException("element value tag " + (char) tag);
        }
    }

    private static List<Path> classFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(ArchitectureTest.classesDirectory().resolve("dev/outreach/core"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".class")).sorted()
                    .collect(Collectors.toList());
        }
    }
}
