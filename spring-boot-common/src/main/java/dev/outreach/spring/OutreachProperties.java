package dev.outreach.spring;

import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code outreach.*} configuration properties of the starter.
 *
 * <pre>
 * outreach.ignore-unknown-properties=true   # accept properties of newer 1.x producers
 * outreach.problem-details.enabled=false    # leave unreadable bodies to the application's handlers
 * </pre>
 */
@ConfigurationProperties("outreach")
public final class OutreachProperties {

    /**
     * The language of the messages of exceptions and logs (Indonesian for "id", English
     * otherwise). Problem details answer in the language of each request instead.
     */
    private Locale messageLocale = Locale.ENGLISH;

    /** Whether documents written start with "outreachFormat": "1.1". */
    private boolean formatVersionWritten = true;

    /**
     * Whether properties the format does not define are skipped when Outreach content is read,
     * rather than refused: for documents from producers of a newer 1.x format version.
     */
    private boolean ignoreUnknownProperties;

    /** The problem details of Outreach bodies that cannot be read. */
    private final ProblemDetails problemDetails = new ProblemDetails();

    /** @return the language of exception messages */
    public Locale getMessageLocale() {
        return messageLocale;
    }

    /** @param messageLocale the language of exception messages */
    public void setMessageLocale(Locale messageLocale) {
        this.messageLocale = Objects.requireNonNull(messageLocale,
                "outreach.message-locale must name a language, such as en or id");
    }

    /** @return whether documents written carry the format version */
    public boolean isFormatVersionWritten() {
        return formatVersionWritten;
    }

    /** @param formatVersionWritten whether documents written carry the format version */
    public void setFormatVersionWritten(boolean formatVersionWritten) {
        this.formatVersionWritten = formatVersionWritten;
    }

    /** @return whether unknown properties are skipped rather than refused */
    public boolean isIgnoreUnknownProperties() {
        return ignoreUnknownProperties;
    }

    /** @param ignoreUnknownProperties whether unknown properties are skipped rather than refused */
    public void setIgnoreUnknownProperties(boolean ignoreUnknownProperties) {
        this.ignoreUnknownProperties = ignoreUnknownProperties;
    }

    /** @return the settings of the problem details */
    public ProblemDetails getProblemDetails() {
        return problemDetails;
    }

    /** The {@code outreach.problem-details.*} properties. */
    public static final class ProblemDetails {

        /**
         * Whether Outreach bodies that cannot be read are answered with the starter's RFC 9457
         * problem details; off leaves them to the application's own exception handlers.
         */
        private boolean enabled = true;

        /** @return whether the starter answers with its problem details */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the starter answers with its problem details */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
