package dev.outreach.format;

import dev.outreach.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The state of one read: the violations found so far, each at its place in the document, and
 * whether unknown properties count as violations. At most {@value #MAX_VIOLATIONS} violations
 * are kept; the others are only counted, so that a small document full of mistakes (a million
 * unknown properties) costs memory in proportion to what is kept.
 */
public final class ReadContext {

    /** The most violations one read keeps; any further ones are counted in {@link #omitted()}. */
    public static final int MAX_VIOLATIONS = 100;

    private final boolean failOnUnknownProperties;
    private final List<Violation> violations = new ArrayList<>(0);
    private int omitted;
    /** How many property names were looked up by their text rather than found by identity. */
    int namesByText;

    /** @param failOnUnknownProperties whether an unknown property is a violation (else it is skipped) */
    public ReadContext(boolean failOnUnknownProperties) {
        this.failOnUnknownProperties = failOnUnknownProperties;
    }

    boolean failOnUnknownProperties() {
        return failOnUnknownProperties;
    }

    /** @return how many violations were found so far, those kept and those omitted */
    public int count() {
        return violations.size() + omitted;
    }

    /** @return the first {@value #MAX_VIOLATIONS} violations found so far, in document order */
    public List<Violation> violations() {
        return violations;
    }

    /** @return how many violations were found beyond the {@value #MAX_VIOLATIONS} kept */
    public int omitted() {
        return omitted;
    }

    /** Whether the next violation is only counted. */
    private boolean full() {
        if (violations.size() < MAX_VIOLATIONS) {
            return false;
        }
        omitted++;
        return true;
    }

    /**
     * Reports a violation at the value the reader is on.
     *
     * @param parser     the reader
     * @param messageKey the message key
     */
    public void report(TokenReader parser, String messageKey) {
        if (!full()) {
            violations.add(Violation.of(parser.location(), messageKey, Map.of()));
        }
    }

    /**
     * Reports a violation with parameters at the value the reader is on.
     *
     * @param parser     the reader
     * @param messageKey the message key
     * @param parameters the message's parameters (never input values)
     */
    public void report(TokenReader parser, String messageKey, Map<String, ?> parameters) {
        if (!full()) {
            violations.add(Violation.of(parser.location(), messageKey, parameters));
        }
    }

    /** @return how many violations are kept so far: where the next one will be */
    int kept() {
        return violations.size();
    }

    /**
     * Reports a text's length against a tighter limit: every "too long" violation kept from
     * {@code from} on names {@code max} rather than the text value's own larger limit.
     */
    void tightenTextLimit(int from, int max) {
        for (int i = from; i < violations.size(); i++) {
            Violation violation = violations.get(i);
            Object limit = violation.parameters().get("max");
            if (violation.messageKey().equals("outreach.text.tooLong") && limit instanceof Number
                    && ((Number) limit).longValue() > max) {
                violations.set(i, Violation.of(violation.segments(), violation.messageKey(), Map.of("max", max)));
            }
        }
    }

    /** Reports a violation of a property of the object at {@code objectLocation}. */
    void reportProperty(List<Object> objectLocation, String property, String messageKey) {
        if (full()) {
            return;
        }
        List<Object> segments = new ArrayList<>(objectLocation.size() + 1);
        segments.addAll(objectLocation);
        segments.add(property);
        violations.add(Violation.of(segments, messageKey, Map.of()));
    }

    /**
     * Reports the violations of a value that failed to build, placed under the value's location
     * and with the first segment of each renamed from the model's to the document's name.
     */
    void reportAll(List<Object> location, List<Violation> found, UnaryOperator<String> jsonName) {
        for (Violation violation : found) {
            if (full()) {
                continue;
            }
            List<Object> segments = violation.segments();
            if (!segments.isEmpty() && segments.get(0) instanceof String) {
                List<Object> renamed = new ArrayList<>(segments);
                renamed.set(0, jsonName.apply((String) segments.get(0)));
                violation = Violation.of(renamed, violation.messageKey(), violation.parameters());
            }
            violations.add(violation.under(location));
        }
    }
}
