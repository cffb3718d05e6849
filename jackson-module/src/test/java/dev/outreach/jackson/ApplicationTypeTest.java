package dev.outreach.jackson;

import dev.outreach.conformance.ApplicationTypeCases;
import dev.outreach.conformance.ModuleCodec;

/** The shared cases of application types (map keys, default typing, schema visitors, the marker), run by the Jackson 2 module. */
class ApplicationTypeTest extends ApplicationTypeCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson2Codec.INSTANCE;
    }
}
