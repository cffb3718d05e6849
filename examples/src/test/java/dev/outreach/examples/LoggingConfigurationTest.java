package dev.outreach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tool names its logging configuration only when the user has not named one: a
 * configuration class or file given with {@code -D} is left as it is.
 */
class LoggingConfigurationTest {

    private String classBefore;
    private String fileBefore;

    @BeforeEach
    void remember() {
        classBefore = System.getProperty(LoggingConfiguration.CLASS_PROPERTY);
        fileBefore = System.getProperty(LoggingConfiguration.FILE_PROPERTY);
        System.clearProperty(LoggingConfiguration.CLASS_PROPERTY);
        System.clearProperty(LoggingConfiguration.FILE_PROPERTY);
    }

    @AfterEach
    void restore() {
        set(LoggingConfiguration.CLASS_PROPERTY, classBefore);
        set(LoggingConfiguration.FILE_PROPERTY, fileBefore);
    }

    private static void set(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void namesItselfWhenTheUserNamedNoConfiguration() {
        LoggingConfiguration.install();
        assertThat(System.getProperty(LoggingConfiguration.CLASS_PROPERTY))
                .isEqualTo("dev.outreach.examples.LoggingConfiguration");
    }

    @Test
    void leavesTheUsersConfigurationClassOrFile() {
        System.setProperty(LoggingConfiguration.CLASS_PROPERTY, "com.example.Logging");
        LoggingConfiguration.install();
        assertThat(System.getProperty(LoggingConfiguration.CLASS_PROPERTY)).isEqualTo("com.example.Logging");

        System.clearProperty(LoggingConfiguration.CLASS_PROPERTY);
        System.setProperty(LoggingConfiguration.FILE_PROPERTY, "/etc/outreach/logging.properties");
        LoggingConfiguration.install();
        assertThat(System.getProperty(LoggingConfiguration.CLASS_PROPERTY)).isNull();
    }
}
