package dev.outreach.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.LogManager;

/**
 * The tool's {@code java.util.logging} configuration ({@code java.util.logging.config.class}):
 * the JDK's own defaults, with Hibernate Validator's loggers at {@code WARNING}. Hibernate
 * Validator announces its version (HV000001) at INFO level through JBoss Logging, which writes to
 * {@code java.util.logging} when nothing else is on the class path; the tool's output is for
 * people and scripts, so only warnings and errors get through.
 *
 * <p>{@code java.util.logging} reads it when something first logs, which in the tool is only
 * when Hibernate Validator starts (for content with violations): a run that finds every file
 * valid never starts the logging system at all.
 */
public final class LoggingConfiguration {

    /** The system property {@code java.util.logging} takes the configuration class from. */
    static final String CLASS_PROPERTY = "java.util.logging.config.class";
    /** The system property {@code java.util.logging} takes a configuration file from. */
    static final String FILE_PROPERTY = "java.util.logging.config.file";

    /**
     * Configures {@code java.util.logging}; called by its {@code LogManager}.
     *
     * @throws IOException if the JDK's default configuration cannot be read
     */
    public LoggingConfiguration() throws IOException {
        Properties properties = new Properties();
        Path defaults = Path.of(System.getProperty("java.home"), "conf", "logging.properties");
        if (Files.isRegularFile(defaults)) {
            try (InputStream in = Files.newInputStream(defaults)) {
                properties.load(in);
            }
        } else {
            properties.setProperty("handlers", "java.util.logging.ConsoleHandler");
            properties.setProperty(".level", "INFO");
        }
        properties.setProperty("org.hibernate.validator.level", "WARNING");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        properties.store(bytes, null);
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /**
     * Makes this class the configuration of {@code java.util.logging}, unless the user gave one
     * (a configuration class or file); it takes effect if logging has not started yet.
     */
    static void install() {
        if (System.getProperty(CLASS_PROPERTY) == null && System.getProperty(FILE_PROPERTY) == null) {
            System.setProperty(CLASS_PROPERTY, LoggingConfiguration.class.getName());
        }
    }
}
