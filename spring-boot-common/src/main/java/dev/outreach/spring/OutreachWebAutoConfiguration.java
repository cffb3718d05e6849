package dev.outreach.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web support both Outreach starters share, on the {@link OutreachContent} bean a starter
 * declares:
 * <ul>
 * <li>in a servlet web application, RFC 9457 problem details for Outreach bodies that cannot be
 *     read ({@link OutreachProblemType}), ahead of the application's and Boot's own handlers,
 *     which keep every other error (off with {@code outreach.problem-details.enabled=false});</li>
 * <li>where springdoc is present, the shipped JSON Schema as the OpenAPI components of the
 *     Outreach types, named {@code dev.outreach.<Definition>}.</li>
 * </ul>
 */
@AutoConfiguration(afterName = {"dev.outreach.boot3.OutreachAutoConfiguration",
        "dev.outreach.boot4.OutreachAutoConfiguration"})
@ConditionalOnBean(OutreachContent.class)
public final class OutreachWebAutoConfiguration {

    /** Problem details for the Outreach bodies a servlet application cannot read. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(WebMvcConfigurer.class)
    @ConditionalOnProperty(prefix = "outreach.problem-details", name = "enabled", matchIfMissing = true)
    static class ProblemDetails {

        @Bean
        EmptyBodyAdvice outreachEmptyBodyAdvice(OutreachContent content) {
            return new EmptyBodyAdvice(content.converterType());
        }

        @Bean
        WebMvcConfigurer outreachProblemDetails(OutreachContent content) {
            OutreachProblems problems = new OutreachProblems(OutreachTypes.of(content.types()),
                    content.problemWriter());
            return new WebMvcConfigurer() {
                @Override
                public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
                    resolvers.add(0, problems);
                }
            };
        }
    }

    /** The shipped schema in springdoc's OpenAPI document. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class OpenApi {

        @Bean
        @ConditionalOnMissingBean(name = "outreachOpenApi")
        OutreachOpenApi outreachOpenApi(OutreachContent content) {
            return new OutreachOpenApi(OutreachTypes.of(content.types()), content.schema());
        }
    }
}
