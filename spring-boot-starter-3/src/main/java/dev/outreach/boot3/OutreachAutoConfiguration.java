package dev.outreach.boot3;

import dev.outreach.jackson.OutreachModule;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Outreach content in a Spring Boot 3 application, from the one dependency
 * {@code outreach-spring-boot-starter-3}:
 * <ul>
 * <li>the {@link OutreachModule} on Boot's own {@code ObjectMapper}, set up by the
 *     {@code outreach.*} properties ({@link OutreachProperties});</li>
 * <li>an {@link OutreachHttpMessageConverter} ahead of Boot's converters, which reads Outreach
 *     bodies strictly and leaves the application's own types to the application's settings, for
 *     the server and for {@code RestClient} and {@code RestTemplate};</li>
 * <li>in a servlet web application, RFC 9457 problem details for Outreach bodies that cannot be
 *     read, with every violation;</li>
 * <li>where springdoc is present, the shipped JSON Schema as the OpenAPI components of the
 *     Outreach types.</li>
 * </ul>
 * Each bean backs off when the application defines its own.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass(OutreachModule.class)
@EnableConfigurationProperties(OutreachProperties.class)
public final class OutreachAutoConfiguration {

    /**
     * @param properties the {@code outreach.*} properties
     * @return the module, which Boot registers with its mapper
     */
    @Bean
    @ConditionalOnMissingBean
    public OutreachModule outreachModule(OutreachProperties properties) {
        return new OutreachModule()
                .withMessageLocale(properties.getMessageLocale())
                .withFormatVersionWritten(properties.isFormatVersionWritten());
    }

    /**
     * @param module     the module Outreach content is read and written with
     * @param properties the {@code outreach.*} properties
     * @return the converter of Outreach bodies, which Boot puts before its own
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter")
    public OutreachHttpMessageConverter outreachHttpMessageConverter(OutreachModule module,
            OutreachProperties properties) {
        return new OutreachHttpMessageConverter(module, properties.isIgnoreUnknownProperties());
    }

    /** Problem details for the Outreach bodies a servlet application cannot read. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(WebMvcConfigurer.class)
    static class ProblemDetails {

        @Bean
        EmptyBodyAdvice outreachEmptyBodyAdvice() {
            return new EmptyBodyAdvice();
        }

        @Bean
        WebMvcConfigurer outreachProblemDetails(OutreachModule module) {
            OutreachProblems problems = new OutreachProblems(new OutreachTypes(module.types()));
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
        OutreachOpenApi outreachOpenApi(OutreachModule module) {
            return new OutreachOpenApi(new OutreachTypes(module.types()));
        }
    }
}
