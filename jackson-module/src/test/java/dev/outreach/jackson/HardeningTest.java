package dev.outreach.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.core.Person;
import org.junit.jupiter.api.Test;

class HardeningTest {

    private static final JsonMapper MAPPER = OutreachJson.hardenedMapper();

    @Test
    void deepNestingStopsAtTheLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String document = "{\"id\": \"a\", \"name\": \"A\", \"x\": " + deep + "}";
        assertThat(Documents.violations(MAPPER, document, Person.class)).hasSize(2)
                .satisfies(lines -> assertThat(lines.get(0)).isEqualTo("/x: is not a property of this object"))
                .satisfies(lines -> assertThat(lines.get(1)).startsWith("/x/0/0/0/").endsWith(
                        ": exceeds a size limit of the reader (nesting depth, string or number length)"));
    }

    @Test
    void longStringsStopAtTheLimit() {
        String document = "{\"id\": \"a\", \"name\": \"" + "a".repeat(OutreachJson.MAX_STRING_LENGTH + 1) + "\"}";
        assertThat(Documents.violations(MAPPER, document, Person.class)).containsExactly(
                "/name: exceeds a size limit of the reader (nesting depth, string or number length)");
    }

    @Test
    void longNumbersStopAtTheLimit() {
        String document = "{\"id\": \"e\", \"number\": " + "9".repeat(1000) + ", \"title\": {\"en\": \"x\"}}";
        assertThat(Documents.violations(MAPPER, document, dev.outreach.core.Episode.class)).containsExactly(
                "/number: exceeds a size limit of the reader (nesting depth, string or number length)");
    }

    @Test
    void aBuilderIsHardenedOnACopyLeavingItsFactoryAsItWas() {
        JsonMapper.Builder builder = JsonMapper.builder();
        JsonMapper.Builder hardened = OutreachJson.harden(builder, false);
        assertThat(hardened).isNotSameAs(builder);
        assertThat(builder.build().getFactory().streamReadConstraints().getMaxNestingDepth())
                .isEqualTo(com.fasterxml.jackson.core.StreamReadConstraints.defaults().getMaxNestingDepth());
        JsonMapper mapper = hardened.addModule(new OutreachModule()).build();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(mapper.getFactory().streamReadConstraints().getMaxNestingDepth())
                .isEqualTo(OutreachJson.MAX_NESTING_DEPTH);
        assertThat(mapper.getPolymorphicTypeValidator()).isNotNull();
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(null)).isNull();
    }

    /** A builder without the public constructor from its mapper that Jackson's own builders have. */
    static final class BuilderOfItsOwn extends com.fasterxml.jackson.databind.cfg.MapperBuilder<JsonMapper, BuilderOfItsOwn> {
        BuilderOfItsOwn() {
            super(new JsonMapper());
        }
    }

    @Test
    void aHardenedYamlMapperReadsMoreThanThreeMillionCharactersFromBytesAndStreams() throws Exception {
        // Comments count towards SnakeYAML's limit of code points (3,000,000 by default).
        String yaml = "\ufeffid: a\nname: Aldi\n" + ("# " + "x".repeat(998) + "\n").repeat(3_100);
        byte[] utf16 = yaml.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        com.fasterxml.jackson.dataformat.yaml.YAMLMapper strict = OutreachJson.hardenedYamlMapper();
        assertThat(strict.readValue(utf16, Person.class).name()).isEqualTo("Aldi");
        assertThat(strict.readValue(new java.io.ByteArrayInputStream(utf16), Person.class).name()).isEqualTo("Aldi");
        assertThat(OutreachJson.hardenedYamlMapper(true).readValue("id: a\nname: Aldi\nage: 3\n", Person.class).name())
                .isEqualTo("Aldi");
        assertThat(Documents.violations(strict, "id: a\nname: Aldi\nage: 3\n", Person.class))
                .containsExactly("/age: is not a property of this object");
    }

    @Test
    void writingAValueLeavesTheGeneratorsOwnSettingOfSurrogatesAsItWas() throws Exception {
        Person person = MAPPER.readValue("{\"id\":\"a\",\"name\":\"A \\ud83d\\ude00\"}", Person.class);
        JsonMapper escaping = JsonMapper.builder().addModule(new OutreachModule()).build();
        String written = new String(escaping.writeValueAsBytes(java.util.List.of(person, "B \ud83d\ude00")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).contains("\"A \ud83d\ude00\"", "\"B \\uD83D\\uDE00\"");
        JsonMapper combining = JsonMapper.builder().addModule(new OutreachModule())
                .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
        String combined = new String(combining.writeValueAsBytes(java.util.List.of(person, "B \ud83d\ude00")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(combined).contains("\"A \ud83d\ude00\"", "\"B \ud83d\ude00\"");
    }

    @Test
    void theHardenedFactoryHasTheLimitsAndRefusesDuplicateKeys() {
        com.fasterxml.jackson.core.JsonFactory factory = OutreachJson.hardenedFactory();
        assertThat(factory.streamReadConstraints().getMaxStringLength()).isEqualTo(OutreachJson.MAX_STRING_LENGTH);
        assertThat(factory.isEnabled(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
        assertThat(OutreachJson.hardenedFactory()).isNotSameAs(factory);
    }

    @Test
    void aBuilderThatCannotBeCopiedIsRefusedWithItsName() {
        assertThatThrownBy(() -> OutreachJson.harden(new BuilderOfItsOwn(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BuilderOfItsOwn").hasMessageContaining("JsonMapper");
    }

    @Test
    void duplicateKeysOutsideTheModelAreRejectedToo() {
        assertThatThrownBy(() -> MAPPER.readTree("{\"a\": 1, \"a\": 2}"))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'a'");
        assertThat(Documents.violations(MAPPER, "{\"id\": \"a\", \"name\": \"A\", \"x\": {\"k\": 1, \"k\": 2}}",
                Person.class)).containsExactly(
                "/x: is not a property of this object",
                "/x/k: appears more than once in this object");
    }

    @Test
    void aYamlBuilderIsHardenedTheSameWay() {
        com.fasterxml.jackson.dataformat.yaml.YAMLMapper yaml = OutreachJson
                .harden(com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder(), false)
                .addModule(new OutreachModule()).build();
        assertThat(yaml.getFactory().streamReadConstraints().getMaxStringLength())
                .isEqualTo(OutreachJson.readLimits().getMaxStringLength());
        assertThat(Documents.violations(yaml, "id: a\nname: A\nage: 3\n", Person.class))
                .containsExactly("/age: is not a property of this object");
    }

    @Test
    void aPlainMapperStillReadsWithoutTheLimits() throws Exception {
        JsonMapper plain = JsonMapper.builder().addModule(new OutreachModule()).build();
        assertThatThrownBy(() -> plain.readValue("{\"id\": \"a\", \"name\": \"A\", \"x\": 1}", Person.class))
                .isInstanceOf(JsonMappingException.class);
        assertThat(plain.readValue("{\"id\": \"a\", \"name\": \"A\"}", Person.class).id()).isEqualTo("a");
    }
}
