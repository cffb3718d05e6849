package dev.outreach.jackson3;

import dev.outreach.conformance.ModuleCodec;
import dev.outreach.conformance.SampleDocumentsCases;

/** The samples' golden documents through this module. */
class SampleDocumentsTest extends SampleDocumentsCases {

    @Override
    protected ModuleCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
