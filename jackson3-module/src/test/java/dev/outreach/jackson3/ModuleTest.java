package dev.outreach.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Moment;
import dev.outreach.core.Person;
import dev.outreach.core.Platform;
import dev.outreach.core.Subdivision;
import dev.outreach.format.OutreachFormat;
import dev.outreach.samples.KemluSpace;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ModuleTest {

    @Test
    void isFoundByFindAndAddModulesAndReadsTheArticle() {
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).hasAtLeastOneElementOfType(OutreachModule.class);
        String json = mapper.writeValueAsString(KemluSpace.dossier());
        assertThat(json).startsWith("{\"outreachFormat\":\"1.1\"");
        assertThat(mapper.readValue(json, Dossier.class)).isEqualTo(KemluSpace.dossier());
    }

    @Test
    void isListedForTheServiceLoader() {
        List<Class<?>> modules = StreamSupport.stream(ServiceLoader.load(JacksonModule.class).spliterator(), false)
                .map(Object::getClass).collect(Collectors.toList());
        assertThat(modules).contains(OutreachModule.class);
        assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(OutreachModule.class);
    }

    @Test
    void isRegisteredByHand() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new OutreachModule()).build();
        assertThat(mapper.registeredModules()).hasSize(1).first().isInstanceOf(OutreachModule.class);
        assertThat(mapper.readValue(mapper.writeValueAsString(KemluSpace.roadToWcce()), Episode.class))
                .isEqualTo(KemluSpace.roadToWcce());
    }

    @Test
    void aMapperHoldsOneOutreachModuleAndTheLastAddedWins() {
        OutreachModule indonesian = new OutreachModule().withMessageLocale(Locale.forLanguageTag("id"));
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().addModule(indonesian).build();
        assertThat(mapper.registeredModules()).filteredOn(OutreachModule.class::isInstance)
                .containsExactly(indonesian);
        assertThat(Documents.violations(mapper, "{\"id\": \"a\"}", Person.class)).hasSize(1);
        assertThat(catchThrowableOfType(InvalidDocumentException.class,
                () -> mapper.readValue("{\"id\": \"a\"}", Person.class)).getMessage())
                .isEqualTo("/name: wajib diisi");
    }

    @Test
    void namesEveryTypeItReadsAndWrites() {
        assertThat(new OutreachModule().types())
                .contains(Episode.class, Dossier.class, dev.outreach.core.BilingualText.class,
                        dev.outreach.core.ReachReport.class)
                .contains(Moment.class)
                .hasSize(OutreachFormat.all().size());
    }

    @Test
    void reportsTheMavenVersion() {
        assertThat(new OutreachModule().version().getArtifactId()).isEqualTo("outreach-jackson3");
        assertThat(new OutreachModule().version().getGroupId()).isEqualTo("dev.outreach");
        assertThat(new OutreachModule().version().isUnknownVersion()).isFalse();
        assertThat(new OutreachModule().version().toString()).startsWith("0.1.0");
        assertThat(new OutreachModule().getModuleName()).isEqualTo("outreach");
    }

    @Test
    void optionsAreImmutableCopies() {
        OutreachModule module = new OutreachModule();
        OutreachModule indonesian = module.withMessageLocale(Locale.forLanguageTag("id"));
        OutreachModule quiet = module.withFormatVersionWritten(false);
        assertThat(module.messageLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(module.formatVersionWritten()).isTrue();
        assertThat(indonesian.messageLocale()).isEqualTo(Locale.forLanguageTag("id"));
        assertThat(quiet.formatVersionWritten()).isFalse();
        assertThat(quiet.messageLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void writesTheFormatVersionAtTheRootOnlyAndOnlyWhenAsked() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new OutreachModule()).build();
        String json = mapper.writeValueAsString(KemluSpace.roadToWcce());
        assertThat(json).startsWith("{\"outreachFormat\":\"1.1\",\"id\":\"road-to-wcce\"");
        assertThat(json.indexOf("outreachFormat")).isEqualTo(json.lastIndexOf("outreachFormat"));
        ObjectMapper quiet = JsonMapper.builder()
                .addModule(new OutreachModule().withFormatVersionWritten(false)).build();
        assertThat(quiet.writeValueAsString(KemluSpace.roadToWcce())).doesNotContain("outreachFormat");
        assertThat(quiet.readValue(quiet.writeValueAsString(KemluSpace.roadToWcce()), Episode.class))
                .isEqualTo(KemluSpace.roadToWcce());
    }

    @Test
    void refusesAnotherMajorFormatVersion() {
        assertThat(Documents.violations("{'outreachFormat': '2.0', 'id': 'a', 'name': 'A'}", Person.class))
                .containsExactly("/outreachFormat: names a format version this reader does not support");
    }

    @Test
    void readsAndWritesValueTypesAndCodesOnTheirOwn() {
        ObjectMapper mapper = Documents.MAPPER;
        assertThat(mapper.writeValueAsString(Platform.X_SPACES)).isEqualTo("\"x-spaces\"");
        assertThat(mapper.readValue("\"x-spaces\"", Platform.class)).isEqualTo(Platform.X_SPACES);
        assertThat(mapper.readValue("\"2022-10-04T19:00+07:00\"", Moment.class).hasTime()).isTrue();
        assertThat(mapper.readValue("\"in\"", LanguageTag.class)).isEqualTo(LanguageTag.INDONESIAN);
        assertThat(mapper.readValue("\"ID-PD\"", Subdivision.class).name()).contains("Papua Barat Daya");
        assertThat(Documents.violations("'ID-PP'", Subdivision.class))
                .containsExactly(": names a geographical unit of ISO 3166-2:ID, not a province");
    }

    @Test
    void schemaIsTheFormatsSchema() {
        assertThat(OutreachJson.schema()).isNotBlank().isEqualTo(OutreachFormat.schema());
        assertThat(OutreachJson.schema()).isEqualTo(dev.outreach.jackson.OutreachJson.schema());
    }

    @Test
    void theArticleRoundTripsThroughYamlWithTheSameModule() {
        YAMLMapper yaml = YAMLMapper.builder().addModule(new OutreachModule()).build();
        String text = yaml.writeValueAsString(KemluSpace.dossier());
        assertThat(text).contains("outreachFormat: \"1.1\"").contains("aired: \"2022-10-04\"");
        assertThat(yaml.readValue(text, Dossier.class)).isEqualTo(KemluSpace.dossier());
    }

    @Test
    void yamlDocumentsGetTheSameViolations() {
        YAMLMapper yaml = YAMLMapper.builder().addModule(new OutreachModule()).build();
        String text = "id: road-to-wcce\nnumber: 0\ntitle:\n  en: Road to WCCE\naired: 4 October\n";
        assertThat(Documents.violations(yaml, text, Episode.class)).containsExactly(
                "/aired: must be an ISO 8601 date (2022-10-04) or date-time with offset (2022-10-04T19:00+07:00)",
                "/number: must be 1 or more");
    }
}
