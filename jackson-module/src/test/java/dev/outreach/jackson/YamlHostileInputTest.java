package dev.outreach.jackson;

import dev.outreach.conformance.ModuleCodec;
import dev.outreach.conformance.YamlHostileInputCases;

/** The shared YAML cases, read by the Jackson 2 module. */
class YamlHostileInputTest extends YamlHostileInputCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson2Codec.INSTANCE;
    }
}
