package dev.outreach.jackson3;

import dev.outreach.conformance.ModuleCodec;
import dev.outreach.core.Violation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** The Jackson 3 module as the shared conformance suites see it. */
final class Jackson3Codec implements ModuleCodec {

    static final Jackson3Codec INSTANCE = new Jackson3Codec();

    private static final ObjectMapper JSON = OutreachJson.hardenedMapper();
    private static final ObjectMapper YAML = OutreachJson.hardenedYamlMapper();
    private static final ObjectMapper LENIENT = OutreachJson.hardenedMapper(true);
    /** An application's own mapper: the module and Jackson's default limits, unknown properties rejected as in Jackson 2. */
    private static final ObjectMapper PLAIN = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new OutreachModule()).build();
    private static final ObjectMapper MINIMAL_QUOTES = OutreachJson.harden(YAMLMapper.builder(
            YAMLFactory.builder().enable(YAMLWriteFeature.MINIMIZE_QUOTES).build()), false)
            .addModule(new OutreachModule()).build();

    private static final PolymorphicTypeValidator OUTREACH_AND_COLLECTIONS = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("dev.outreach.").allowIfSubType("java.util.").build();
    private static final ObjectMapper TYPED = OutreachJson.hardenedBuilder(false).addModule(new OutreachModule())
            .activateDefaultTyping(OUTREACH_AND_COLLECTIONS, DefaultTyping.NON_FINAL).build();
    private static final ObjectMapper TYPED_AS_PROPERTY = OutreachJson.hardenedBuilder(false)
            .addModule(new OutreachModule())
            .activateDefaultTypingAsProperty(OUTREACH_AND_COLLECTIONS, DefaultTyping.NON_FINAL, "@class")
            .build();

    private Jackson3Codec() {
    }

    /** Any type through one mapper. */
    private static Mapper mapper(ObjectMapper mapper) {
        return new Mapper() {
            @Override
            public Object read(byte[] document, Type type) {
                return mapper.readValue(document, mapper.constructType(type));
            }

            @Override
            public byte[] write(Object value, Type type) {
                return mapper.writerFor(mapper.constructType(type)).writeValueAsBytes(value);
            }

            @Override
            public byte[] write(Object value) {
                return mapper.writeValueAsBytes(value);
            }
        };
    }

    @Override
    public Mapper hardened() {
        return mapper(JSON);
    }

    @Override
    public Mapper fresh() {
        return mapper(JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new OutreachModule()).build());
    }

    @Override
    public Mapper defaultTyping(boolean typeIdAsProperty) {
        return mapper(typeIdAsProperty ? TYPED_AS_PROPERTY : TYPED);
    }

    @Override
    public Map<String, Object> schemaOf(Type type, boolean declining) {
        Map<String, Object> schema = new LinkedHashMap<>();
        JSON.acceptJsonFormatVisitor(JSON.constructType(type), new SchemaRecorder(null, schema, declining));
        return schema;
    }

    @Override
    public Class<?> outreachJson() {
        return OutreachJson.class;
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
    public StreamReader jsonStream() {
        return JSON::readValue;
    }

    @Override
    public StreamReader jsonIgnoringUnknownProperties() {
        return LENIENT::readValue;
    }

    @Override
    public StreamReader plainJsonStream() {
        return PLAIN::readValue;
    }

    @Override
    public Object readJsonText(String json, Class<?> type) {
        return JSON.readValue(json, type);
    }

    @Override
    public int defaultMaxStringLength() {
        return tools.jackson.core.StreamReadConstraints.defaults().getMaxStringLength();
    }

    @Override
    public int defaultMaxNameLength() {
        return tools.jackson.core.StreamReadConstraints.defaults().getMaxNameLength();
    }

    @Override
    public boolean isLimitException(Throwable thrown) {
        return thrown instanceof tools.jackson.core.exc.StreamConstraintsException;
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
    public Object readPlainJson(byte[] json) {
        return JSON.readValue(json, Object.class);
    }

    @Override
    public Object readPlainYaml(byte[] yaml) {
        return YAML.readValue(yaml, Object.class);
    }

    @Override
    public byte[] writePlainJson(Object plain) {
        return JSON.writeValueAsBytes(plain);
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
