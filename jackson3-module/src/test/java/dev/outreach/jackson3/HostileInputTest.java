package dev.outreach.jackson3;

import dev.outreach.conformance.HostileInputCases;
import dev.outreach.conformance.ModuleCodec;

/** The shared hostile JSON input, read by the Jackson 3 module. */
class HostileInputTest extends HostileInputCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
