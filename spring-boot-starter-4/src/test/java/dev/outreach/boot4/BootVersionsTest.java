package dev.outreach.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import tools.jackson.databind.cfg.PackageVersion;

/**
 * The starter's tests run on what Spring Boot 4.0 manages, not on the library's own newer
 * versions: Jackson 3.1, Hibernate Validator 9.0 and Jakarta Validation 3.1.
 */
class BootVersionsTest {

    @Test
    void runsOnTheVersionsBoot40Manages() {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.0.");
        assertThat(PackageVersion.VERSION.getMajorVersion() + "." + PackageVersion.VERSION.getMinorVersion())
                .isEqualTo("3.1");
        assertThat(jarOf(HibernateValidator.class)).startsWith("hibernate-validator-9.0.");
        assertThat(jarOf(Validation.class)).startsWith("jakarta.validation-api-3.1.");
    }

    private static String jarOf(Class<?> type) {
        String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
