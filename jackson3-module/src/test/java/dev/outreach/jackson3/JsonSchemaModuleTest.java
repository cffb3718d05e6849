package dev.outreach.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Coded;
import dev.outreach.core.Episode;
import dev.outreach.core.LiveStatus;
import dev.outreach.core.Program;
import dev.outreach.format.OutreachFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.module.jsonSchema.JsonSchema;
import tools.jackson.module.jsonSchema.JsonSchemaGenerator;
import tools.jackson.module.jsonSchema.types.ArraySchema;
import tools.jackson.module.jsonSchema.types.ObjectSchema;

/**
 * Jackson's own schema generator ({@code jackson-module-jsonSchema}) run on the module's types,
 * as an application's schema tooling would: it sees each type's properties, which are required,
 * their kinds and the codes of a closed list, as the format's definitions give them.
 */
class JsonSchemaModuleTest {

    private final ObjectMapper mapper = OutreachJson.hardenedMapper();

    @Test
    void anEpisodeIsAnObjectWithTheFormatsPropertiesAndRequiredOnes() throws Exception {
        ObjectSchema episode = schemaOf(Episode.class);
        OutreachFormat<?> format = formatOf(Episode.class);

        assertThat(new ArrayList<>(episode.getProperties().keySet()))
                .containsExactlyInAnyOrderElementsOf(format.propertyNames());
        assertThat(required(episode)).containsExactlyInAnyOrderElementsOf(format.requiredPropertyNames());
        assertThat(episode.getProperties().get("number").isIntegerSchema()).isTrue();
        assertThat(episode.getProperties().get("id").isStringSchema()).isTrue();
        assertThat(episode.getProperties().get("status").asStringSchema().getEnums())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(LiveStatus.values()).map(Coded::code).collect(Collectors.toList()));
    }

    @Test
    void listsAreArraysOfTheirEntriesObjects() throws Exception {
        ObjectSchema program = schemaOf(Program.class);

        ArraySchema episodes = program.getProperties().get("episodes").asArraySchema();
        assertThat(episodes.getItems().isSingleItems()).isTrue();
        JsonSchema entry = episodes.getItems().asSingleItems().getSchema();
        assertThat(entry.isObjectSchema()).isTrue();
        assertThat(entry.asObjectSchema().getProperties()).containsKeys("id", "number", "title", "speakers");
        assertThat(program.getProperties().get("organizer").asObjectSchema().getProperties())
                .containsKeys("id", "name", "kind");
    }

    private ObjectSchema schemaOf(Class<?> type) throws Exception {
        JsonSchema schema = new JsonSchemaGenerator(mapper).generateSchema(type);
        assertThat(schema.isObjectSchema()).as("%s described as an object", type.getSimpleName()).isTrue();
        return schema.asObjectSchema();
    }

    private static List<String> required(ObjectSchema schema) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonSchema> property : schema.getProperties().entrySet()) {
            if (Boolean.TRUE.equals(property.getValue().getRequired())) {
                names.add(property.getKey());
            }
        }
        return names;
    }

    private static OutreachFormat<?> formatOf(Class<?> type) {
        return OutreachFormat.all().stream().filter(format -> format.type() == type).findFirst().orElseThrow();
    }
}
