package dev.outreach.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One broken rule: where it is and what is wrong, in words a person can act on.
 *
 * <p>The location is kept as a list of segments (property names and list indexes) and shown
 * both as a property path ({@code quotes[1].speakerId}) and as a JSON Pointer
 * ({@code /quotes/1/speakerId}). The message is looked up by key in
 * {@code ContributorValidationMessages} (English, and Indonesian for {@code id}) and
 * filled only with the rule's own parameters such as a maximum length: never with the input
 * value, so a message can always be shown or logged safely.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Violation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Strings and Integers only. */
    @SuppressWarnings("serial")
    private final List<Object> segments;
    /** The key of the message. */
    private final String messageKey;
    /** Numbers, Booleans and Strings only. */
    @SuppressWarnings("serial")
    private final Map<String, Object> parameters;

    private Violation(List<Object> segments, String messageKey, Map<String, Object> parameters) {
        this.segments = segments;
        this.messageKey = messageKey;
        this.parameters = parameters;
    }

    /**
     * Creates a violation.
     *
     * @param segments   the location: property names ({@link String}) and list indexes
     *                   ({@link Integer}), outermost first; empty for the value itself
     * @param messageKey the key of the message in {@code ContributorValidationMessages}
     * @param parameters the rule's parameters that the message names, such as {@code max}
     * @return the violation
     * @throws IllegalArgumentException if a segment is neither a String nor an Integer
     */
    public static Violation of(List<?> segments, String messageKey, Map<String, ?> parameters) {
        Objects.requireNonNull(messageKey, "messageKey");
        List<Object> copy = new ArrayList<>(segments.size());
        for (Object segment : segments) {
            if (!(segment instanceof String) && !(segment instanceof Integer)) {
                throw new IllegalArgumentException("a path segment must be a String or an Integer: " + segment);
            }
            copy.add(segment);
        }
        return new Violation(Collections.unmodifiableList(copy), messageKey,
                Collections.unmodifiableMap(new TreeMap<>(parameters)));
    }

    /**
     * Reads the violation back in its checked form.
     *
     * @return a violation built by {@link #of(List, String, Map)} from the fields read, so that a
     *         deserialised violation obeys the same rules as a constructed one
     */
    private Object readResolve() {
        return of(segments, messageKey, parameters);
    }

    /**
     * Creates a violation without parameters.
     *
     * @param messageKey the key of the message
     * @param segments   the location, outermost first
     * @return the violation
     */
    public static Violation of(String messageKey, Object... segments) {
        return of(List.of(segments), messageKey, Map.of());
    }

    /**
     * Returns this violation placed under an outer location, as when a value that failed is
     * itself a property of a larger value or document.
     *
     * @param outer the segments of the outer location, outermost first
     * @return a violation with {@code outer} before this one's segments
     */
    public Violation under(List<?> outer) {
        List<Object> joined = new ArrayList<>(outer.size() + segments.size());
        joined.addAll(outer);
        joined.addAll(segments);
        return of(joined, messageKey, parameters);
    }

    /** @return the location as property names and list indexes, outermost first */
    public List<Object> segments() {
        return segments;
    }

    /** @return the location as a property path such as {@code quotes[1].speakerId}; empty for the value itself */
    public String path() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer) {
                out.append('[').append(segment).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }

    /** @return the location as an RFC 6901 JSON Pointer such as {@code /quotes/1/speakerId}; empty for the root */
    public String pointer() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** @return the key of the message in {@code ContributorValidationMessages} */
    public String messageKey() {
        return messageKey;
    }

    /** @return the rule's parameters that the message names (never input values) */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** @return the message in English */
    public String message() {
        return Messages.format(messageKey, parameters, Locale.ENGLISH);
    }

    /**
     * @param locale the reader's locale; Indonesian for language {@code id} (or the old code
     *               {@code in}), English for any other
     * @return the message in that language
     */
    public String message(Locale locale) {
        return Messages.format(messageKey, parameters, locale);
    }

    /**
     * @param other another object
     * @return whether it is a violation at the same place, with the same message key and parameters
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Violation
                && ((Violation) other).segments.equals(segments)
                && ((Violation) other).messageKey.equals(messageKey)
                && ((Violation) other).parameters.equals(parameters);
    }

    /** @return a hash of the place, message key and parameters */
    @Override
    public int hashCode() {
        return Objects.hash(segments, messageKey, parameters);
    }

    /**
     * @param locale the reader's locale
     * @return the violation as one line, {@code /quotes/1/speakerId: message}, with {@code /} for
     *         the value or document itself
     */
    public String describe(Locale locale) {
        return (segments.isEmpty() ? "/" : printable(pointer())) + ": " + message(locale);
    }

    /**
     * The line that ends a list of violations cut short, as a reader that keeps only the first
     * ones gives it: {@code ... and 999900 more}.
     *
     * @param omitted how many violations were left out, 1 or more
     * @param locale  the reader's locale (Indonesian for {@code id}, English otherwise)
     * @return the line, in the locale's language
     */
    public static String omittedLine(int omitted, Locale locale) {
        return Messages.format("outreach.document.moreViolations", Map.of("count", omitted), locale);
    }

    /**
     * Makes text from input safe to show in a message, a terminal or a log: every character
     * that is not printable (control characters such as ESC, BEL, CR and LF, format characters
     * such as the bidirectional overrides, line and paragraph separators, unpaired surrogates)
     * is written as a Java escape, <code>&#92;u001B</code>. Other text is returned as it is. The
     * violation itself keeps the exact location ({@link #segments()}, {@link #pointer()}).
     *
     * @param text text from input, such as a property name or a file name
     * @return the text with what is not printable escaped
     */
    public static String printable(String text) {
        int i = 0;
        while (i < text.length() && isPrintable(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int length = Character.charCount(text.codePointAt(i));
            if (isPrintable(text, i)) {
                out.append(text, i, i + length);
            } else {
                for (int j = i; j < i + length; j++) {
                    out.append(String.format("\\u%04X", (int) text.charAt(j)));
                }
            }
            i += length;
        }
        return out.toString();
    }

    private static boolean isPrintable(String text, int index) {
        switch (Character.getType(text.codePointAt(index))) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SURROGATE: // a surrogate alone: a pair is one code point of another type
                return false;
            default:
                return true;
        }
    }

    /** @return the violation as one line in English, as {@link #describe(Locale)} gives it */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
