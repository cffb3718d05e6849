package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.outreach.core.Violation;
import dev.outreach.format.ReadContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when a document does not hold valid Outreach content. It lists every violation the
 * read found, each with its JSON Pointer ({@code /quotes/1/text}) and message, and no part of
 * the document is returned.
 *
 * <p>{@link #getMessage()} gives one line per violation in the language the module was set up
 * with (English by default); {@link #describe(Locale)} gives them in any supported language.
 * A read keeps at most 100 violations: when it found more, the
 * others are only counted ({@link #omitted()}) and the message ends with a line
 * {@code ... and 999900 more}. Whatever the document's property names hold, the message never
 * holds a control character: see {@link Violation#describe(Locale)}.
 */
public final class InvalidDocumentException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    /** Every violation found, in the order found. */
    @SuppressWarnings("serial") // an unmodifiable list of serializable violations
    private final List<Violation> violations;
    /** How many violations were found beyond those kept. */
    private final int omitted;
    /** The language of the message. */
    private final Locale locale;

    InvalidDocumentException(JsonParser parser, ReadContext read, Locale locale, Throwable cause) {
        super(parser, describe(read.violations(), read.omitted(), locale), cause);
        this.violations = List.copyOf(read.violations());
        this.omitted = read.omitted();
        this.locale = locale;
    }

    /** @return one line per violation, {@code /pointer: message}, in the module's message language */
    @Override
    public String getMessage() {
        return getOriginalMessage();
    }

    /**
     * @return every violation, in the order found (the first 100
     *         of them): the problems inside a value (its parts, then its own properties) before
     *         those of the value that holds it
     */
    public List<Violation> violations() {
        return violations;
    }

    /** @return how many more violations the read found than {@link #violations()} lists; usually 0 */
    public int omitted() {
        return omitted;
    }

    /** @return the locale of {@link #getMessage()} */
    public Locale locale() {
        return locale;
    }

    /**
     * @param locale the reader's locale (Indonesian for {@code id}, English otherwise)
     * @return one line per violation, {@code /pointer: message}, and a last line
     *         {@code ... and N more} when violations were omitted
     */
    public String describe(Locale locale) {
        return describe(violations, omitted, locale);
    }

    private static String describe(List<Violation> violations, int omitted, Locale locale) {
        String lines = violations.stream()
                .map(v -> v.describe(locale))
                .collect(Collectors.joining("\n"));
        return omitted == 0 ? lines : lines + "\n" + Violation.omittedLine(omitted, locale);
    }
}
