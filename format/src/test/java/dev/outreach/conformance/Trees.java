package dev.outreach.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents as plain Java values, as both Jackson versions read them into {@code Object}: a JSON
 * object is a map, an array a list, and the rest strings, numbers, booleans and null. The suites
 * change documents in this form, so that they need neither Jackson version's tree.
 */
final class Trees {

    private Trees() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return (List<Object>) node;
    }

    /** A deep copy: maps and lists copied, the rest immutable. */
    static Object copy(Object node) {
        if (node instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map(node).forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (node instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object v : list(node)) {
                out.add(copy(v));
            }
            return out;
        }
        return node;
    }
}
