/** Reference content built with the Outreach model: the Kemlu Space article. */
module dev.outreach.samples {
    requires transitive dev.outreach.core;

    exports dev.outreach.samples;
}
