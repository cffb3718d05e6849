package dev.outreach.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.conformance.GeneratedContentCases;
import dev.outreach.conformance.ModuleCodec;
import java.util.List;

/**
 * The shared property tests over 1,000 generated content graphs per property, read and written
 * by the Jackson 2 module; every written document also passes the shipped JSON Schema (checked
 * here, where the schema validator is a test dependency).
 */
class GeneratedContentPropertyTest extends GeneratedContentCases {

    private static final com.networknt.schema.Schema DOSSIER_SCHEMA = ShippedSchema.schema("#/$defs/Dossier");

    @Override
    protected ModuleCodec codec() {
        return Jackson2Codec.INSTANCE;
    }

    @Override
    protected int tries() {
        return 1000;
    }

    @Override
    protected List<DocumentCheck> documentChecks() {
        return List.of(json -> assertThat(ShippedSchema.errors(DOSSIER_SCHEMA, json)).as("schema errors of %s", json)
                .isEmpty());
    }
}
