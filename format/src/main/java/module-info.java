/**
 * The Outreach JSON format, written once for the Jackson 2 and Jackson 3 modules. Its package
 * is exported to those modules only: applications use a Jackson module.
 */
// The Jackson modules it is exported to are built after it, so the compiler cannot see them yet.
@SuppressWarnings("module")
module dev.outreach.format {
    requires transitive dev.outreach.core;

    exports dev.outreach.format to dev.outreach.jackson, dev.outreach.jackson3;
}
