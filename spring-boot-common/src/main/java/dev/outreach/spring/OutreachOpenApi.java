package dev.outreach.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Publishes the shipped JSON Schema in springdoc's OpenAPI document: each definition of the
 * schema becomes a component named {@code dev.outreach.<Definition>} (a name no class of the
 * application can take), and every Outreach type in an operation refers to its component, so
 * {@code /v3/api-docs} describes the JSON the application really takes and gives. The
 * components are JSON Schema 2020-12, as OpenAPI 3.1 has them.
 */
final class OutreachOpenApi implements ModelConverter, OpenApiCustomizer {

    /** The prefix of the components' names. */
    static final String PREFIX = "dev.outreach.";
    private static final String COMPONENTS = "#/components/schemas/";

    private final OutreachTypes types;
    /** The components as JSON, made into new schema objects for each document: springdoc may change them. */
    private final Map<String, JsonNode> components;

    OutreachOpenApi(OutreachTypes types, String schema) {
        this.types = types;
        this.components = components(schema);
    }

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        String component = types.isOutreach(raw) && !raw.isArray() ? componentOf(raw) : null;
        if (component != null) {
            return new Schema<>().$ref(COMPONENTS + component);
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    /**
     * @return the component of a model type: the schema's definition named as the type (the
     *         objects, {@code Episode}) or as the type with a lowercase initial (the values
     *         written as strings, {@code moment}); null for a type the schema has no definition of
     */
    String componentOf(Class<?> type) {
        String name = type.getSimpleName();
        String value = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {PREFIX + name, PREFIX + value}) {
            if (components.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        components.forEach((name, component) -> openApi.getComponents()
                .addSchemas(name, Json31.mapper().convertValue(component, Schema.class)));
    }

    private static Map<String, JsonNode> components(String text) {
        try {
            JsonNode schema = Json31.mapper().readTree(text);
            Map<String, JsonNode> components = new LinkedHashMap<>();
            schema.get("$defs").properties().forEach(definition -> {
                JsonNode component = definition.getValue().deepCopy();
                refer(component);
                components.put(PREFIX + definition.getKey(), component);
            });
            return components;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the schema's references to its definitions at the components instead. */
    private static void refer(JsonNode node) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
                ((ObjectNode) node).set("$ref",
                        TextNode.valueOf(COMPONENTS + PREFIX + ref.asText().substring("#/$defs/".length())));
            }
        }
        node.forEach(OutreachOpenApi::refer);
    }
}
