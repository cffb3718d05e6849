package dev.outreach.jackson;

import dev.outreach.conformance.ConformanceCases;
import dev.outreach.conformance.ModuleCodec;

/** The shared conformance cases (YAML, the same bytes, hardening), run by the Jackson 2 module. */
class ConformanceTest extends ConformanceCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson2Codec.INSTANCE;
    }
}
