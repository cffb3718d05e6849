package dev.outreach.jackson3;

import dev.outreach.core.Violation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when a document does not hold valid Outreach content. It lists every violation the
 * read found, each with its JSON Pointer ({@code /quotes/1/text}) and message, and no part of
 * the document is returned. Like every Jackson 3 exception it is unchecked.
 *
 * <p>{@link #getMessage()} gives one line per violation in the language the module was set up
 * with (English by default); {@link #describe(Locale)} gives them in any supported language.
 */
public final class InvalidDocumentException extends DatabindException {

    private static final long serialVersionUID = 1L;

    /** Every violation found, in the order found. */
    @SuppressWarnings("serial") // an unmodifiable list of serializable violations
    private final List<Violation> violations;
    /** The language of the message. */
    private final Locale locale;

    InvalidDocumentException(JsonParser parser, List<Violation> violations, Locale locale, Throwable cause) {
        super(parser, describe(violations, locale), cause);
        this.violations = List.copyOf(violations);
        this.locale = locale;
    }

    /** @return one line per violation, {@code /pointer: message}, in the module's message language */
    @Override
    public String getMessage() {
        return getOriginalMessage();
    }

    /**
     * @return every violation, in the order found: the problems inside a value (its parts, then
     *         its own properties) before those of the value that holds it
     */
    public List<Violation> violations() {
        return violations;
    }

    /** @return the locale of {@link #getMessage()} */
    public Locale locale() {
        return locale;
    }

    /**
     * @param locale the reader's locale (Indonesian for {@code id}, English otherwise)
     * @return one line per violation, {@code /pointer: message}
     */
    public String describe(Locale locale) {
        return describe(violations, locale);
    }

    private static String describe(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(v -> v.describe(locale))
                .collect(Collectors.joining("\n"));
    }
}
