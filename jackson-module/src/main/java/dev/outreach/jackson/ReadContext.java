package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.outreach.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The state of one read: the violations found so far, each at its place in the document, and
 * the settings that decide what counts as one.
 */
final class ReadContext {

    private final boolean failOnUnknownProperties;
    private final List<Violation> violations = new ArrayList<>(0);

    ReadContext(boolean failOnUnknownProperties) {
        this.failOnUnknownProperties = failOnUnknownProperties;
    }

    boolean failOnUnknownProperties() {
        return failOnUnknownProperties;
    }

    int count() {
        return violations.size();
    }

    List<Violation> violations() {
        return violations;
    }

    /** Reports a violation at the value the parser is on. */
    void report(JsonParser parser, String messageKey) {
        violations.add(Violation.of(here(parser), messageKey, Map.of()));
    }

    /** Reports a violation with parameters at the value the parser is on. */
    void report(JsonParser parser, String messageKey, Map<String, ?> parameters) {
        violations.add(Violation.of(here(parser), messageKey, parameters));
    }

    /** Reports a violation of a property of the object the parser is in (or has just closed). */
    void reportProperty(List<Object> objectLocation, String property, String messageKey) {
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
            List<Object> segments = violation.segments();
            if (!segments.isEmpty() && segments.get(0) instanceof String) {
                List<Object> renamed = new ArrayList<>(segments);
                renamed.set(0, jsonName.apply((String) segments.get(0)));
                violation = Violation.of(renamed, violation.messageKey(), violation.parameters());
            }
            violations.add(violation.under(location));
        }
    }

    /** The location of the value the parser is on, as document segments. */
    static List<Object> here(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return segments(context);
    }

    /** The location of the object or array the parser has just closed (on its END token). */
    static List<Object> closed(JsonParser parser) {
        return segments(parser.getParsingContext());
    }

    private static List<Object> segments(JsonStreamContext context) {
        List<Object> segments = new ArrayList<>(6);
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(c.getCurrentIndex());
            } else if (c.inObject() && c.getCurrentName() != null) {
                segments.add(c.getCurrentName());
            }
        }
        java.util.Collections.reverse(segments);
        return segments;
    }
}
