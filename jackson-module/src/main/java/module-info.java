/**
 * The Jackson module of Outreach: reads and writes the model in the Outreach JSON format.
 * Hand-written (de)serializers call the model's builders, so the model's packages need not be
 * opened to Jackson.
 */
module dev.outreach.jackson {
    requires transitive dev.outreach.core;
    requires dev.outreach.format;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires static com.fasterxml.jackson.dataformat.yaml;
    requires static org.yaml.snakeyaml;

    exports dev.outreach.jackson;

    provides com.fasterxml.jackson.databind.Module with dev.outreach.jackson.OutreachModule;
}
