package dev.outreach.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Episode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

/** What the shared web support adds, and when it stays away. */
class WebAutoConfigurationTest {

    private final OutreachContent content = OutreachContent.of(Set.of(Episode.class),
            dev.outreach.jackson.OutreachJson.schema(), StringHttpMessageConverter.class, problem -> new byte[0]);
    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OutreachWebAutoConfiguration.class))
            .withBean(OutreachContent.class, () -> content);

    @Test
    void aServletApplicationGetsTheProblemDetailsAndTheOpenApiComponents() {
        web.run(context -> {
            assertThat(context).hasSingleBean(EmptyBodyAdvice.class).hasSingleBean(OutreachOpenApi.class);
            assertThat(context.getBean("outreachEmptyBodyAdvice")).isInstanceOf(EmptyBodyAdvice.class);
            assertThat(context.getBean("outreachOpenApi")).isInstanceOf(OutreachOpenApi.class);
            List<HandlerExceptionResolver> resolvers = new ArrayList<>(List.of(new DefaultHandlerExceptionResolver()));
            context.getBean("outreachProblemDetails", WebMvcConfigurer.class).extendHandlerExceptionResolvers(resolvers);
            assertThat(resolvers).hasSize(2).first().isInstanceOf(OutreachProblems.class);
        });
    }

    @Test
    void theProblemDetailsCanBeTurnedOffAndTheOpenApiStaysAwayWithoutSpringdoc() {
        web.withPropertyValues("outreach.problem-details.enabled=false")
                .withClassLoader(new FilteredClassLoader("org.springdoc"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("outreachProblemDetails")
                        .doesNotHaveBean(EmptyBodyAdvice.class).doesNotHaveBean(OutreachOpenApi.class));
    }

    @Test
    void nothingIsAddedWithoutTheContentOfAStarterOrOutsideAWebApplication() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(OutreachWebAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean("outreachProblemDetails")
                        .doesNotHaveBean(OutreachOpenApi.class));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OutreachWebAutoConfiguration.class))
                .withBean(OutreachContent.class, () -> content)
                .run(context -> assertThat(context).doesNotHaveBean("outreachProblemDetails"));
    }
}
