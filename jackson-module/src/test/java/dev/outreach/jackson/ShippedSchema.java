package dev.outreach.jackson;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.outreach.format.OutreachFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The shipped JSON Schema, loaded once into a draft 2020-12 validator for the tests. */
final class ShippedSchema {

    static final String ID = "urn:dev.outreach:schema:" + OutreachFormat.VERSION;

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(ID, OutreachJson.schema())));

    private ShippedSchema() {
    }

    /** @return the registry that resolves the shipped schema by its id, and the meta-schema */
    static SchemaRegistry registry() {
        return REGISTRY;
    }

    /**
     * @param fragment empty for the root, or a fragment such as {@code #/$defs/Episode}
     * @return that part of the shipped schema
     */
    static Schema schema(String fragment) {
        return REGISTRY.getSchema(SchemaLocation.of(ID + fragment));
    }

    /** @return the schema's errors for a JSON text, empty when it passes */
    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).collect(Collectors.toList());
    }
}
