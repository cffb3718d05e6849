package dev.outreach.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.core.Episode;
import dev.outreach.core.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

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
        assertThat(Documents.violations(MAPPER, document, Episode.class)).containsExactly(
                "/number: exceeds a size limit of the reader (nesting depth, string or number length)");
    }

    @Test
    void longPropertyNamesStopAtTheLimit() {
        String document = "{\"id\": \"a\", \"name\": \"A\", \"" + "k".repeat(OutreachJson.MAX_NAME_LENGTH + 1)
                + "\": 1}";
        assertThatThrownBy(() -> MAPPER.readValue(document, Person.class))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getCause())
                        .isInstanceOf(StreamConstraintsException.class));
    }

    @Test
    void theLimitsAreThoseOfTheHardenedFactory() {
        assertThat(OutreachJson.hardenedFactory().streamReadConstraints().getMaxNestingDepth())
                .isEqualTo(OutreachJson.MAX_NESTING_DEPTH);
        assertThat(OutreachJson.hardenedFactory().streamReadConstraints().getMaxStringLength())
                .isEqualTo(OutreachJson.MAX_STRING_LENGTH);
        assertThat(OutreachJson.hardenedFactory().streamReadConstraints().getMaxNumberLength())
                .isEqualTo(OutreachJson.MAX_NUMBER_LENGTH);
        assertThat(OutreachJson.hardenedFactory().streamReadConstraints().getMaxNameLength())
                .isEqualTo(OutreachJson.MAX_NAME_LENGTH);
        assertThat(MAPPER.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth())
                .isEqualTo(OutreachJson.MAX_NESTING_DEPTH);
        assertThat(OutreachJson.hardenedBuilder(false).build().tokenStreamFactory().streamReadConstraints()
                .getMaxStringLength()).isEqualTo(OutreachJson.MAX_STRING_LENGTH);
    }

    @Test
    void aBuilderIsHardenedInPlace() {
        JsonMapper.Builder builder = JsonMapper.builder(OutreachJson.hardenedFactory());
        assertThat(OutreachJson.harden(builder, false)).isSameAs(builder);
        JsonMapper mapper = builder.addModule(new OutreachModule()).build();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)).isTrue();
        assertThat(mapper.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
        assertThat(mapper.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)).isFalse();
        assertThat(mapper.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth())
                .isEqualTo(OutreachJson.MAX_NESTING_DEPTH);
        assertThat(mapper.deserializationConfig().getPolymorphicTypeValidator()).isNotNull();
        assertThat(mapper.deserializationConfig().getDefaultTyper(null)).isNull();
    }

    @Test
    void hardeningABuilderFromElsewhereSetsTheFeaturesButNotTheLimits() {
        JsonMapper mapper = OutreachJson.harden(JsonMapper.builder(), true).addModule(new OutreachModule()).build();
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        assertThat(mapper.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
        assertThat(mapper.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth())
                .isGreaterThan(OutreachJson.MAX_NESTING_DEPTH);
        assertThatThrownBy(() -> mapper.readTree("{\"a\": 1, \"a\": 2}"))
                .isInstanceOf(StreamReadException.class);
    }

    @Test
    void duplicateKeysOutsideTheModelAreRejectedToo() {
        assertThatThrownBy(() -> MAPPER.readTree("{\"a\": 1, \"a\": 2}"))
                .isInstanceOf(StreamReadException.class)
                .hasMessageContaining("Duplicate Object property \"a\"");
        assertThat(Documents.violations(MAPPER, "{\"id\": \"a\", \"name\": \"A\", \"x\": {\"k\": 1, \"k\": 2}}",
                Person.class)).containsExactly(
                "/x: is not a property of this object",
                "/x/k: appears more than once in this object");
    }

    @Test
    void aHardenedYamlMapperReadsMoreThanThreeMillionCharactersFromBytesAndStreams() throws Exception {
        // Comments count towards the YAML parser's limit of code points (3,000,000 by default).
        String yaml = "\ufeffid: a\nname: Aldi\n" + ("# " + "x".repeat(998) + "\n").repeat(3_100);
        byte[] utf16 = yaml.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        tools.jackson.dataformat.yaml.YAMLMapper strict = OutreachJson.hardenedYamlMapper();
        assertThat(strict.readValue(utf16, Person.class).name()).isEqualTo("Aldi");
        assertThat(strict.readValue(new java.io.ByteArrayInputStream(utf16), Person.class).name()).isEqualTo("Aldi");
        assertThat(OutreachJson.hardenedYamlMapper(true).readValue("id: a\nname: Aldi\nage: 3\n", Person.class).name())
                .isEqualTo("Aldi");
        assertThat(Documents.violations(strict, "id: a\nname: Aldi\nage: 3\n", Person.class))
                .containsExactly("/age: is not a property of this object");
        assertThat(OutreachJson.hardenedYamlFactory().streamReadConstraints().getMaxStringLength())
                .isEqualTo(OutreachJson.MAX_STRING_LENGTH);
    }

    @Test
    void theHardenedYamlMapperHoldsYamlToTheLimitsAndNumbersOfJson() {
        tools.jackson.dataformat.yaml.YAMLMapper yaml = OutreachJson.hardenedYamlMapper();

        assertThat(Documents.violations(yaml, "id: a\nname: " + "x".repeat(OutreachJson.MAX_STRING_LENGTH + 1) + "\n",
                Person.class)).containsExactly("/name: exceeds a size limit of the reader (nesting depth, string or"
                        + " number length)");
        assertThat(Documents.violations(yaml, "id: a\nname: A\n" + "k".repeat(OutreachJson.MAX_NAME_LENGTH + 1)
                + ": 1\n", Person.class)).hasSize(1).first().asString()
                .contains("exceeds a size limit of the reader");
        assertThat(Documents.violations(yaml, "id: road-to-wcce\nnumber: 010\ntitle:\n  en: Road to WCCE\n",
                Episode.class)).containsExactly("/number: must be a whole number");
        assertThat(yaml.readValue("id: road-to-wcce\nnumber: 1\ntitle:\n  en: 010\n", Episode.class).number())
                .isEqualTo(1);
    }

    @Test
    void aPlainMapperStillReadsWithoutTheLimitsAndSkipsUnknownPropertiesAsJackson3Does() {
        JsonMapper plain = JsonMapper.builder().addModule(new OutreachModule()).build();
        // Jackson 3 turned FAIL_ON_UNKNOWN_PROPERTIES off by default (Jackson 2 has it on); the
        // module follows the mapper, so a plain Jackson 3 mapper skips unknown properties.
        assertThat(plain.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        assertThat(plain.readValue("{\"id\": \"a\", \"name\": \"A\", \"x\": [1]}", Person.class).id())
                .isEqualTo("a");
        JsonMapper strict = plain.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThat(Documents.violations(strict, "{\"id\": \"a\", \"name\": \"A\", \"x\": 1}", Person.class))
                .containsExactly("/x: is not a property of this object");
        assertThatThrownBy(() -> plain.readValue("{\"id\": \"a\"}", Person.class))
                .isInstanceOf(DatabindException.class);
    }
}
