package dev.outreach.jackson3;

import dev.outreach.conformance.GeneratedContentCases;
import dev.outreach.conformance.ModuleCodec;

/**
 * The shared property tests over 1,000 generated content graphs per property, read and written
 * by the Jackson 3 module. (The Jackson 2 module's run checks each document against the shipped
 * JSON Schema as well; both modules write the same bytes, which CrossVersionTest checks.)
 */
class GeneratedContentPropertyTest extends GeneratedContentCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson3Codec.INSTANCE;
    }

    @Override
    protected int tries() {
        return 1000;
    }
}
