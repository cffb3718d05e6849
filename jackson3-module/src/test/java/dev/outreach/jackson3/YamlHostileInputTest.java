package dev.outreach.jackson3;

import dev.outreach.conformance.ModuleCodec;
import dev.outreach.conformance.YamlHostileInputCases;

/** The shared YAML cases, read by the Jackson 3 module. */
class YamlHostileInputTest extends YamlHostileInputCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
