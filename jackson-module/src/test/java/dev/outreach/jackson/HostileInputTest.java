package dev.outreach.jackson;

import dev.outreach.conformance.HostileInputCases;
import dev.outreach.conformance.ModuleCodec;

/** The shared hostile JSON input, read by the Jackson 2 module. */
class HostileInputTest extends HostileInputCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson2Codec.INSTANCE;
    }
}
