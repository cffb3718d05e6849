package dev.outreach.boot4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.outreach.core.Episode;
import dev.outreach.jackson3.InvalidDocumentException;
import dev.outreach.jackson3.OutreachModule;
import dev.outreach.samples.KemluSpace;
import dev.outreach.spring.OutreachContent;
import dev.outreach.spring.OutreachContentNotReadableException;
import dev.outreach.spring.OutreachWebAutoConfiguration;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the auto-configuration adds to an application, and how its properties change it. */
class AutoConfigurationTest {

    private static final String WITH_UNKNOWN = "{\"id\": \"road-to-wcce\", \"number\": 1,"
            + " \"title\": {\"en\": \"Road to WCCE\"}, \"aired\": \"2022-10-04\", \"newIn12\": true}";

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
                    OutreachAutoConfiguration.class));

    @Test
    void bootsOwnMapperReadsAndWritesOutreachContent() {
        runner.run(context -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            String json = mapper.writeValueAsString(KemluSpace.roadToWcce());

            assertThat(json).startsWith("{\"outreachFormat\":\"1.1\",\"id\":\"road-to-wcce\"");
            assertThat(mapper.readValue(json, Episode.class)).isEqualTo(KemluSpace.roadToWcce());
        });
    }

    @Test
    void theMessageLocaleSetsTheLanguageOfExceptionMessages() {
        runner.withPropertyValues("outreach.message-locale=id").run(context -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                    () -> mapper.readValue("{\"id\": \"x\", \"number\": 0}", Episode.class));

            assertThat(context.getBean(OutreachModule.class).messageLocale()).isEqualTo(Locale.forLanguageTag("id"));
            assertThat(e.getMessage()).contains("/number: harus 1 atau lebih");
        });
    }

    @Test
    void theFormatVersionIsLeftOutWhenAsked() {
        runner.withPropertyValues("outreach.format-version-written=false").run(context -> {
            String written = write(context.getBean(OutreachHttpMessageConverter.class), KemluSpace.roadToWcce());

            assertThat(written).startsWith("{\"id\":\"road-to-wcce\"");
        });
    }

    @Test
    void unknownPropertiesAreRefusedUnlessTheApplicationAcceptsThem() {
        runner.run(context -> {
            OutreachContentNotReadableException e = catchThrowableOfType(OutreachContentNotReadableException.class,
                    () -> read(context.getBean(OutreachHttpMessageConverter.class), WITH_UNKNOWN));

            assertThat(e.violations()).extracting(v -> v.pointer()).containsExactly("/newIn12");
        });
        runner.withPropertyValues("outreach.ignore-unknown-properties=true").run(context -> {
            Object episode = read(context.getBean(OutreachHttpMessageConverter.class), WITH_UNKNOWN);

            assertThat(episode).isInstanceOf(Episode.class);
        });
    }

    @Test
    void theConverterComesFirstAndTakesOnlyOutreachTypes() {
        runner.run(context -> {
            HttpMessageConverters.ServerBuilder builder = HttpMessageConverters.forServer();
            context.getBeanProvider(ServerHttpMessageConvertersCustomizer.class).orderedStream()
                    .forEach(customizer -> customizer.customize(builder));
            List<HttpMessageConverter<?>> converters = new ArrayList<>();
            builder.build().forEach(converters::add);
            OutreachHttpMessageConverter outreach = context.getBean(OutreachHttpMessageConverter.class);

            assertThat(converters.indexOf(outreach)).isLessThan(indexOfBootsJsonConverter(converters));
            assertThat(outreach.canRead(Episode.class, MediaType.APPLICATION_JSON)).isTrue();
            assertThat(outreach.canWrite(Episode[].class, MediaType.APPLICATION_JSON)).isTrue();
            assertThat(outreach.canRead(String.class, MediaType.APPLICATION_JSON)).isFalse();
            assertThat(outreach.canWrite(ArrayList.class, MediaType.APPLICATION_JSON)).isFalse();
            assertThat(outreach.canRead(Episode.class, MediaType.APPLICATION_XML)).isFalse();
        });
    }

    @Test
    void anApplicationsOwnModuleConverterAndContentAreKept() {
        OutreachModule own = new OutreachModule().withFormatVersionWritten(false);
        OutreachHttpMessageConverter converter = new OutreachHttpMessageConverter(own, true);
        OutreachContent content = OutreachContent.of(Set.of(Episode.class), "{}", OutreachHttpMessageConverter.class,
                problem -> new byte[0]);
        runner.withBean(OutreachModule.class, () -> own).run(context -> {
            assertThat(context.getBean(OutreachModule.class)).isSameAs(own);
            assertThat(write(context.getBean(OutreachHttpMessageConverter.class), KemluSpace.roadToWcce()))
                    .doesNotContain("outreachFormat");
        });
        runner.withBean(OutreachHttpMessageConverter.class, () -> converter)
                .withBean(OutreachContent.class, () -> content).run(context -> {
                    assertThat(context.getBean(OutreachHttpMessageConverter.class)).isSameAs(converter);
                    assertThat(context.getBean(OutreachContent.class)).isSameAs(content);
                });
    }

    @Test
    void anApplicationWithoutSpringsHttpConvertersGetsTheModuleOnly() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.http.converter")).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(OutreachModule.class)
                    .doesNotHaveBean(OutreachHttpMessageConverter.class).doesNotHaveBean(OutreachContent.class);
        });
    }

    @Test
    void problemDetailsAreOnUnlessTurnedOff() {
        WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
                OutreachAutoConfiguration.class, OutreachWebAutoConfiguration.class));

        web.run(context -> assertThat(context).hasBean("outreachProblemDetails").hasBean("outreachEmptyBodyAdvice"));
        web.withPropertyValues("outreach.problem-details.enabled=false").run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean("outreachProblemDetails").doesNotHaveBean("outreachEmptyBodyAdvice"));
    }

    @Test
    void thePropertiesHaveMetadataForIdeCompletion() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = JsonMapper.shared().readTree(in);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            if (property.get("name").asString().equals("outreach.message-locale")) {
                assertThat(property.get("defaultValue").asString()).isEqualTo("en");
            }
            names.add(property.get("name").asString());
            assertThat(property.get("description").asString()).isNotBlank();
        }

        assertThat(names).containsExactlyInAnyOrder("outreach.message-locale", "outreach.format-version-written",
                "outreach.ignore-unknown-properties", "outreach.problem-details.enabled");
    }

    private static int indexOfBootsJsonConverter(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i).getClass().getSimpleName().equals("JacksonJsonHttpMessageConverter")) {
                return i;
            }
        }
        throw new AssertionError("no Jackson converter of Boot's");
    }

    private static String write(OutreachHttpMessageConverter converter, Object value) throws Exception {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        converter.write(value, ResolvableType.forClass(value.getClass()), MediaType.APPLICATION_JSON, output, null);
        return output.getBodyAsString(StandardCharsets.UTF_8);
    }

    private static Object read(OutreachHttpMessageConverter converter, String json) throws Exception {
        MockHttpInputMessage input = new MockHttpInputMessage(json.getBytes(StandardCharsets.UTF_8));
        input.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        return converter.read(ResolvableType.forClass(Episode.class), input, null);
    }
}
