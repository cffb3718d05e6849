package dev.outreach.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.CountryCode;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Moment;
import dev.outreach.core.SpeakerRole;
import dev.outreach.jackson.OutreachModule;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

/** Which component each model type refers to, and what the customizer adds. */
class OutreachOpenApiTest {

    private final OutreachModule module = new OutreachModule();
    private final OutreachOpenApi openApi = new OutreachOpenApi(OutreachTypes.of(module.types()), dev.outreach.jackson.OutreachJson.schema());

    @Test
    void objectsReferToTheirDocumentAndValuesToTheirStringDefinition() {
        assertThat(openApi.componentOf(Episode.class)).isEqualTo("dev.outreach.Episode");
        assertThat(openApi.componentOf(Dossier.class)).isEqualTo("dev.outreach.Dossier");
        assertThat(openApi.componentOf(Moment.class)).isEqualTo("dev.outreach.moment");
        assertThat(openApi.componentOf(SpeakerRole.class)).isEqualTo("dev.outreach.speakerRole");
        assertThat(openApi.componentOf(CountryCode.class)).isNull();
    }

    @Test
    void modelTypesResolveToTheirComponentAndOtherTypesToSwaggersOwn() {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(openApi);

        assertThat(converters.resolveAsResolvedSchema(new AnnotatedType(Episode.class)).schema.get$ref())
                .isEqualTo("#/components/schemas/dev.outreach.Episode");
        assertThat(converters.resolveAsResolvedSchema(new AnnotatedType(Moment.class)).schema.get$ref())
                .isEqualTo("#/components/schemas/dev.outreach.moment");
        assertThat(converters.resolveAsResolvedSchema(new AnnotatedType(Note.class)).schema.get$ref()).isNull();
    }

    @Test
    void theApplicationsOwnComponentsAreKept() {
        OpenAPI document = new OpenAPI().components(new io.swagger.v3.oas.models.Components()
                .addSchemas("Note", new io.swagger.v3.oas.models.media.Schema<>()));

        openApi.customise(document);

        assertThat(document.getComponents().getSchemas()).containsKeys("Note", "dev.outreach.Episode");
    }

    /** A type of the application's own. */
    public static final class Note {
        private String text;

        /** @return the text */
        public String getText() {
            return text;
        }
    }

    @Test
    void eachDocumentGetsComponentsOfItsOwn() {
        OpenAPI first = new OpenAPI();
        OpenAPI second = new OpenAPI();
        openApi.customise(first);
        openApi.customise(second);

        assertThat(first.getComponents().getSchemas().get("dev.outreach.Episode"))
                .isNotSameAs(second.getComponents().getSchemas().get("dev.outreach.Episode"))
                .isEqualTo(second.getComponents().getSchemas().get("dev.outreach.Episode"));
    }

    @Test
    void everyDefinitionOfTheShippedSchemaBecomesAComponentWhoseReferencesResolve() {
        OpenAPI document = new OpenAPI();
        openApi.customise(document);

        assertThat(document.getComponents().getSchemas()).containsKeys("dev.outreach.Episode",
                "dev.outreach.EpisodeNested", "dev.outreach.slug");
        assertThat(document.getComponents().getSchemas().keySet()).allMatch(name -> name.startsWith("dev.outreach."));
        String episode = io.swagger.v3.core.util.Json31.pretty(document.getComponents().getSchemas()
                .get("dev.outreach.Episode"));
        assertThat(episode).contains("#/components/schemas/dev.outreach.EpisodeProperties").doesNotContain("$defs");
    }
}
