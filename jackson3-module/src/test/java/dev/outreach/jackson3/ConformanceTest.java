package dev.outreach.jackson3;

import dev.outreach.conformance.ConformanceCases;
import dev.outreach.conformance.ModuleCodec;

/** The shared conformance cases (YAML, the same bytes, hardening), run by the Jackson 3 module. */
class ConformanceTest extends ConformanceCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
