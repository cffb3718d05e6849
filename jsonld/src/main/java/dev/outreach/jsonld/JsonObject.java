package dev.outreach.jsonld;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object of a document, its members in the order they were first put. A member's value
 * is a {@link String}, an {@link Integer}, a {@link Boolean}, another {@code JsonObject}, or a
 * {@link List} of such values (a JSON array); {@link ScriptSafeJson} prints nothing else.
 * Putting a name again replaces its value where it stands.
 */
final class JsonObject {

    private final Map<String, Object> members = new LinkedHashMap<>();

    /**
     * @param name  the member's name
     * @param value a String, Integer, Boolean, JsonObject or List of such values
     * @return this object
     */
    JsonObject put(String name, Object value) {
        members.put(name, value);
        return this;
    }

    /** @return the value of the member with that name, or null */
    Object get(String name) {
        return members.get(name);
    }

    /** @return the members, in order, unmodifiable */
    Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }
}
