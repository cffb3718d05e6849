package dev.outreach.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.core.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
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
        boolean regenerate = System.getProperty("regenerate") != null;
        if (regenerate) {
            Files.writeString(SchemaGenerator.SCHEMA, generated, StandardCharsets.UTF_8);
        }
        String shipped = Files.readString(SchemaGenerator.SCHEMA, StandardCharsets.UTF_8);
        assertThat(shipped).withFailMessage(HOW_TO_REGENERATE, SchemaGenerator.SCHEMA).isEqualTo(generated);
        if (!regenerate) {
            // The copy on the class path is the one the modules ship; it was copied before the rewrite.
            assertThat(OutreachFormat.schema()).isEqualTo(generated);
        }
    }

    @Test
    void theOverlayDescribesEveryTypeAndNoOther() {
        Map<String, Object> overlay = SchemaGenerator.overlay();
        Map<String, Object> types = map(overlay.get("types"));
        types.remove("EventRelation");
        assertThatThrownBy(() -> SchemaGenerator.schema(overlay)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no types entry EventRelation");
        types.put("EventLink", Map.of("description", "Not a type."));
        assertThatThrownBy(() -> SchemaGenerator.schema(overlay)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("describes EventLink, which has no format");
    }

    @Test
    void theOverlayDescribesOnlyPropertiesThatExist() {
        Map<String, Object> overlay = SchemaGenerator.overlay();
        map(map(map(overlay.get("types")).get("Place")).get("properties")).put("city",
                Map.of("description", "City."));
        assertThatThrownBy(() -> SchemaGenerator.schema(overlay)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("describes Place.city, which the format does not have");
    }

    @Test
    void everyCodeListAndValueTypeHasADescribedDefinition() {
        Map<String, Object> overlay = SchemaGenerator.overlay();
        map(overlay.get("$defs")).remove("eventStatus");
        assertThatThrownBy(() -> SchemaGenerator.schema(overlay)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no $defs entry eventStatus");
    }

    @Test
    void takesTheRulesFromTheModel() {
        Map<String, Object> defs = map(SchemaGenerator.schema().get("$defs"));
        Map<String, Object> person = map(map(defs.get("PersonProperties")).get("properties"));
        assertThat(map(person.get("name"))).containsEntry("$ref", "#/$defs/cleanText").containsEntry("maxLength", 128L);
        assertThat(map(map(map(defs.get("EventProperties")).get("properties")).get("edition")))
                .containsEntry("$ref", "#/$defs/positiveInteger");
        assertThat(map(defs.get("platform")).get("enum")).isEqualTo(java.util.Arrays.stream(Platform.values())
                .map(Platform::code).collect(java.util.stream.Collectors.toList()));
        assertThat(map(defs.get("SpeakerProperties")).get("required")).isEqualTo(List.of("person", "role"));
        assertThat(map(overlayDef("slug")).get("maxLength")).as("the overlay's slug against Slug.MAX")
                .isEqualTo((long) slugMax());
    }

    @Test
    void refusesAPropertyWhoseSchemaTheModelDoesNotSay() {
        ObjectFormat<Object, Plain> plain = new ObjectFormat<>(Plain.class, Object::new, b -> new Plain(),
                Property.required("name", Codecs.STRING, (b, v) -> { }, Plain::name));
        assertThatThrownBy(() -> SchemaGenerator.ValueRule.of(plain, plain.properties().get(0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Plain.name: a string needs @Slug or @CleanText for its schema");
    }

    /** A model type whose text property has no rule of its own. */
    abstract static class AbstractPlain {
        public abstract String name();
    }

    /** The type "generated" from {@link AbstractPlain}. */
    static final class Plain extends AbstractPlain {
        @Override
        public String name() {
            return "x";
        }
    }

    private static Object overlayDef(String name) {
        return map(SchemaGenerator.overlay().get("$defs")).get(name);
    }

    private static int slugMax() {
        try {
            java.lang.reflect.Field max = Class.forName("dev.outreach.core.Slug").getDeclaredField("MAX");
            max.setAccessible(true);
            return max.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked") // JsonTree's objects are maps from names to values
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
