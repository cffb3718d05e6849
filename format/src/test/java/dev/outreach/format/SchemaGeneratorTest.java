package dev.outreach.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema is the one {@link SchemaGenerator} writes from the format's
 * definitions. Run with {@code -Dregenerate} to rewrite it after changing them:
 * {@code mvn -o -pl format -am test -Dtest=SchemaGeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dregenerate}.
 */
class SchemaGeneratorTest {

    static final String HOW_TO_REGENERATE = "The shipped schema %s differs from what the format's definitions"
            + " (Formats, core's Abstract* types, src/schema/outreach.schema.overlay.json) give. Regenerate it with:%n"
            + "  mvn -o -pl format -am test -Dtest=SchemaGeneratorTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dregenerate%nand review the diff.";

    @Test
    void theShippedSchemaIsTheGeneratedOne() throws IOException {
        String generated = SchemaGenerator.generate();
        if (System.getProperty("regenerate") != null) {
            Files.writeString(SchemaGenerator.SCHEMA, generated, StandardCharsets.UTF_8);
        }
        String shipped = Files.readString(SchemaGenerator.SCHEMA, StandardCharsets.UTF_8);
        assertThat(shipped).withFailMessage(HOW_TO_REGENERATE, SchemaGenerator.SCHEMA).isEqualTo(generated);
        assertThat(OutreachFormat.schema()).isEqualTo(generated);
    }
}
