package dev.outreach.boot3;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outreach.jackson.OutreachJson;
import dev.outreach.jackson.OutreachModule;
import dev.outreach.spring.OutreachContent;
import dev.outreach.spring.OutreachProperties;
import dev.outreach.spring.OutreachWebAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Outreach content in a Spring Boot 3 application, from the one dependency
 * {@code outreach-spring-boot-starter-3}:
 * <ul>
 * <li>the {@link OutreachModule} on Boot's own {@code ObjectMapper}, set up by the
 *     {@code outreach.*} properties ({@link OutreachProperties});</li>
 * <li>an {@link OutreachHttpMessageConverter} ahead of Boot's converters, which reads Outreach
 *     bodies strictly and leaves the application's own types to the application's settings, for
 *     the server and for {@code RestClient} and {@code RestTemplate};</li>
 * <li>the {@link OutreachContent} on which {@link OutreachWebAutoConfiguration} adds problem
 *     details and the OpenAPI components.</li>
 * </ul>
 * Each bean backs off when the application defines its own.
 */
@AutoConfiguration(before = OutreachWebAutoConfiguration.class)
@ConditionalOnClass({OutreachModule.class, ObjectMapper.class})
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

    /** The converter of Outreach bodies, where Spring's HTTP converters are on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter")
    static class Http {

        /**
         * @param module     the module Outreach content is read and written with
         * @param properties the {@code outreach.*} properties
         * @return the converter of Outreach bodies, which Boot puts before its own
         */
        @Bean
        @ConditionalOnMissingBean
        public OutreachHttpMessageConverter outreachHttpMessageConverter(OutreachModule module,
                OutreachProperties properties) {
            return new OutreachHttpMessageConverter(module, properties.isIgnoreUnknownProperties());
        }

        /**
         * @param module the module Outreach content is read and written with
         * @return what the shared web support needs of this Jackson generation
         */
        @Bean
        @ConditionalOnMissingBean
        public OutreachContent outreachContent(OutreachModule module) {
            ObjectMapper problems = new ObjectMapper();
            return OutreachContent.of(module.types(), OutreachJson.schema(), OutreachHttpMessageConverter.class,
                    problems::writeValueAsBytes);
        }
    }
}
