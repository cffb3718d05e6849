package dev.outreach.jackson3;

import dev.outreach.conformance.ModuleCodec;
import dev.outreach.core.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** The Jackson 3 module as the shared conformance suites see it. */
final class Jackson3Codec implements ModuleCodec {

    static final Jackson3Codec INSTANCE = new Jackson3Codec();

    private static final ObjectMapper JSON = OutreachJson.hardenedMapper();
    private static final ObjectMapper YAML = OutreachJson.hardenedYamlMapper();
    private static final ObjectMapper MINIMAL_QUOTES = OutreachJson.harden(YAMLMapper.builder(
            YAMLFactory.builder().enable(YAMLWriteFeature.MINIMIZE_QUOTES).build()), false)
            .addModule(new OutreachModule()).build();

    private Jackson3Codec() {
    }

    @Override
    public String name() {
        return "Jackson 3";
    }

    @Override
    public Reader json() {
        return JSON::readValue;
    }

    @Override
    public Reader yaml() {
        return YAML::readValue;
    }

    @Override
    public byte[] writeJson(Object value) {
        return JSON.writeValueAsBytes(value);
    }

    @Override
    public String writeYaml(Object value) {
        return new String(YAML.writeValueAsBytes(value), StandardCharsets.UTF_8);
    }

    @Override
    public String writeYamlMinimizingQuotes(Object value) {
        return MINIMAL_QUOTES.writeValueAsString(value);
    }

    @Override
    public Reader otherMapperOnAFactoryShared() {
        JsonFactory shared = new JsonFactory();
        ObjectMapper other = JsonMapper.builder(shared).addModule(new OutreachModule()).build();
        OutreachJson.harden(JsonMapper.builder(shared), false).addModule(new OutreachModule()).build();
        return other::readValue;
    }

    @Override
    public List<Violation> violations(Throwable thrown) {
        return thrown instanceof InvalidDocumentException ? ((InvalidDocumentException) thrown).violations() : null;
    }

    @Override
    public boolean isJacksonException(Throwable thrown) {
        return thrown instanceof JacksonException && !(thrown instanceof InvalidDocumentException);
    }
}
