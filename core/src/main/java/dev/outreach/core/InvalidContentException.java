package dev.outreach.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a value would break a rule of the model. It lists every violation found, never
 * only the first, and carries no part of the rejected value.
 *
 * <p>{@link #getMessage()} is in English; {@link #getMessage(Locale)} gives the same text in
 * the reader's language.
 */
public final class InvalidContentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The simple name of the type that could not be built. */
    private final String typeName;
    /** Every violation, in the order found. */
    @SuppressWarnings("serial") // an unmodifiable list of serializable violations
    private final List<Violation> violations;

    /**
     * @param typeName   the simple name of the type that could not be built, such as {@code Episode}
     * @param violations every violation found; not empty
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public InvalidContentException(String typeName, List<Violation> violations) {
        super(typeName);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidContentException needs at least one violation");
        }
        this.typeName = Objects.requireNonNull(typeName, "typeName");
        this.violations = List.copyOf(violations);
    }

    /** @return the simple name of the type that could not be built */
    public String typeName() {
        return typeName;
    }

    /** @return every violation, in the order found */
    public List<Violation> violations() {
        return violations;
    }

    /** @return the type name and one line per violation, in English */
    @Override
    public String getMessage() {
        return getMessage(Locale.ENGLISH);
    }

    /** @return the type name and one line per violation, in the JVM's default locale */
    @Override
    public String getLocalizedMessage() {
        return getMessage(Locale.getDefault());
    }

    /**
     * @param locale the reader's locale
     * @return the type name and one line per violation, in the reader's language
     */
    public String getMessage(Locale locale) {
        return Messages.format("outreach.invalid",
                java.util.Map.of("type", typeName, "count", violations.size()), locale)
                + violations.stream()
                        .map(v -> "\n  " + (v.segments().isEmpty() ? "/" : Violation.printable(v.path())) + ": " + v.message(locale))
                        .collect(Collectors.joining());
    }
}
