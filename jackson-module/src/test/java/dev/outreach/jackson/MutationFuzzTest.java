package dev.outreach.jackson;

import dev.outreach.conformance.ModuleCodec;
import dev.outreach.conformance.MutationFuzzCases;

/** The shared mutation fuzzing, read by the Jackson 2 module: 100,000 JSON and 5,000 YAML documents. */
class MutationFuzzTest extends MutationFuzzCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson2Codec.INSTANCE;
    }

    @Override
    protected int jsonCases() {
        return 100_000;
    }

    @Override
    protected int yamlCases() {
        return 5_000;
    }
}
