package dev.outreach.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/**
 * The starter's tests run on what Spring Boot 3.5 manages, not on the library's own newer
 * versions: Jackson 2.19, Hibernate Validator 8.0 and Jakarta Validation 3.0.
 */
class BootVersionsTest {

    @Test
    void runsOnTheVersionsBoot35Manages() {
        assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
        assertThat(PackageVersion.VERSION.getMajorVersion() + "." + PackageVersion.VERSION.getMinorVersion())
                .isEqualTo("2.19");
        assertThat(jarOf(HibernateValidator.class)).startsWith("hibernate-validator-8.0.");
        assertThat(jarOf(Validation.class)).startsWith("jakarta.validation-api-3.0.");
    }

    private static String jarOf(Class<?> type) {
        String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
