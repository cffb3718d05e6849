package dev.outreach.jackson3;

import dev.outreach.conformance.ModuleCodec;
import dev.outreach.conformance.MutationFuzzCases;

/**
 * The shared mutation fuzzing, read by the Jackson 3 module: 50,000 JSON documents (half of
 * Jackson 2's 100,000, to keep the build's time; the same seed makes them the first 50,000 of
 * Jackson 2's cases) and 5,000 YAML documents.
 */
class MutationFuzzTest extends MutationFuzzCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson3Codec.INSTANCE;
    }

    @Override
    protected int jsonCases() {
        return 50_000;
    }

    @Override
    protected int yamlCases() {
        return 5_000;
    }
}
