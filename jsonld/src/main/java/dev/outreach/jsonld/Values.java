package dev.outreach.jsonld;

import dev.outreach.core.BilingualText;
import dev.outreach.core.Moment;
import java.util.ArrayList;
import java.util.List;

/**
 * How the model's values are written in JSON-LD: typed nodes and references, bilingual texts as
 * language values, dates as precise as the source, and a property with one value as that value,
 * with several as an array.
 */
final class Values {

    private Values() {
    }

    /** A node of the given type and, when not null, identifier; {@code @type} comes first. */
    static JsonObject node(String type, String iri) {
        JsonObject node = new JsonObject().put("@type", type);
        if (iri != null) {
            node.put("@id", iri);
        }
        return node;
    }

    /** A reference to a node described elsewhere in the document. */
    static JsonObject reference(String iri) {
        return new JsonObject().put("@id", iri);
    }

    /**
     * A bilingual text as JSON-LD language values: one value object when only one language is
     * given, an array of Indonesian then English when both are.
     */
    static Object text(BilingualText text) {
        List<JsonObject> values = new ArrayList<>(2);
        text.indonesian().ifPresent(value -> values.add(languageValue(value, "id")));
        text.english().ifPresent(value -> values.add(languageValue(value, "en")));
        return values.size() == 1 ? values.get(0) : List.copyOf(values);
    }

    static JsonObject languageValue(String value, String language) {
        return new JsonObject().put("@value", value).put("@language", language);
    }

    /** A date as the source gives it: a day stays a day, a date-time keeps its offset. */
    static String date(Moment moment) {
        return moment.toString();
    }

    /** Sets a property to nothing (absent), one value, or an array of several. */
    static void put(JsonObject node, String property, List<?> values) {
        if (values.size() == 1) {
            node.put(property, values.get(0));
        } else if (!values.isEmpty()) {
            node.put(property, List.copyOf(values));
        }
    }
}
