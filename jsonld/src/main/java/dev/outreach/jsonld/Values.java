package dev.outreach.jsonld;

import dev.outreach.core.BilingualText;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Moment;
import dev.outreach.core.TextDirection;
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
     * A text as JSON-LD language values, every language it has: one value object when it has one
     * language, else an array in the text's order (Indonesian, English, then the others by tag).
     */
    static Object text(BilingualText text) {
        List<LanguageTag> languages = text.languages();
        List<JsonObject> values = new ArrayList<>(languages.size());
        for (LanguageTag language : languages) {
            values.add(languageValue(text, language));
        }
        return values.size() == 1 ? values.get(0) : List.copyOf(values);
    }

    /**
     * The text of one language as a JSON-LD value object: {@code @value} and {@code @language},
     * and {@code @direction} (JSON-LD 1.1) when the text is written right to left or its
     * direction is given explicitly; left-to-right text in a left-to-right language has none.
     */
    static JsonObject languageValue(BilingualText text, LanguageTag language) {
        JsonObject value = new JsonObject().put("@value", text.get(language).orElseThrow())
                .put("@language", language.toString());
        TextDirection direction = text.direction(language);
        if (direction == TextDirection.RTL || text.directions().containsKey(language)) {
            value.put("@direction", direction.code());
        }
        return value;
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
