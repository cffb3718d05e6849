/**
 * The Jackson 3 module of Outreach: reads and writes the model in the Outreach JSON format, the
 * same documents as the Jackson 2 module {@code dev.outreach.jackson}. Hand-written
 * (de)serializers call the model's builders, so the model's packages need not be opened to
 * Jackson.
 */
@SuppressWarnings("module") // the name the project chose: "jackson3" ends in a digit, as Jackson 3 is meant
module dev.outreach.jackson3 {
    requires transitive dev.outreach.core;
    requires dev.outreach.format;
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;
    requires static tools.jackson.dataformat.yaml;
    requires static org.snakeyaml.engine;

    exports dev.outreach.jackson3;

    provides tools.jackson.databind.JacksonModule with dev.outreach.jackson3.OutreachModule;
}
