package dev.outreach.spring;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code outreach.*} configuration properties of the starter.
 *
 * <pre>
 * outreach.ignore-unknown-properties=true   # accept properties of newer 1.x producers
 * </pre>
 */
@ConfigurationProperties("outreach")
public final class OutreachProperties {

    /**
     * The language of the messages of exceptions and logs (Indonesian for "id", English
     * otherwise). Problem details answer in the language of each request instead.
     */
    private Locale messageLocale = Locale.ENGLISH;

    /** Whether documents written start with "outreachFormat": "1.0". */
    private boolean formatVersionWritten = true;

    /**
     * Whether properties the format does not define are skipped when Outreach content is read,
     * rather than refused: for documents from producers of a newer 1.x format version.
     */
    private boolean ignoreUnknownProperties;

    /** @return the language of exception messages */
    public Locale getMessageLocale() {
        return messageLocale;
    }

    /** @param messageLocale the language of exception messages */
    public void setMessageLocale(Locale messageLocale) {
        this.messageLocale = messageLocale;
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
}
