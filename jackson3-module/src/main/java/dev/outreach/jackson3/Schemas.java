package dev.outreach.jackson3;

import dev.outreach.core.Coded;
import dev.outreach.format.FormatProperty;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsonFormatVisitors.JsonArrayFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitable;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonIntegerFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonStringFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonValueFormat;
import tools.jackson.databind.type.TypeFactory;

/**
 * Describes the format's types to Jackson's schema visitors ({@code acceptJsonFormatVisitor}),
 * from the format's own definitions: an object with its properties, required or optional, each
 * as the format writes it (a string, a whole number, an object, an array of them); a value type
 * as a string, an enum with its codes, a URL with the {@code uri} format.
 */
final class Schemas {

    private static final TypeFactory TYPES = TypeFactory.createDefaultInstance();

    private Schemas() {
    }

    /** Describes an object with {@code properties}. */
    static void object(JsonFormatVisitorWrapper visitor, JavaType hint, List<FormatProperty> properties) {
        JsonObjectFormatVisitor object = visitor.expectObjectFormat(hint);
        if (object == null) {
            return;
        }
        for (FormatProperty property : properties) {
            JavaType entryType = TYPES.constructType(property.type());
            JsonFormatVisitable entry = property.object()
                    ? (v, h) -> object(v, h, property.properties())
                    : (v, h) -> value(v, h, property.type());
            JsonFormatVisitable handler = property.list() ? (v, h) -> array(v, h, entry, entryType) : entry;
            JavaType type = property.list() ? TYPES.constructCollectionType(List.class, entryType) : entryType;
            if (property.required()) {
                object.property(property.name(), handler, type);
            } else {
                object.optionalProperty(property.name(), handler, type);
            }
        }
    }

    private static void array(JsonFormatVisitorWrapper visitor, JavaType hint, JsonFormatVisitable entry,
            JavaType entryType) {
        JsonArrayFormatVisitor array = visitor.expectArrayFormat(hint);
        if (array != null) {
            array.itemsFormat(entry, entryType);
        }
    }

    /** Describes a value written as a string (or, for {@code Integer}, as a whole number). */
    static void value(JsonFormatVisitorWrapper visitor, JavaType hint, Class<?> type) {
        if (type == Integer.class) {
            JsonIntegerFormatVisitor integer = visitor.expectIntegerFormat(hint);
            if (integer != null) {
                integer.numberType(JsonParser.NumberType.INT);
            }
            return;
        }
        JsonStringFormatVisitor string = visitor.expectStringFormat(hint);
        if (string == null) {
            return;
        }
        if (type == URI.class) {
            string.format(JsonValueFormat.URI);
        } else if (type.isEnum()) {
            string.enumTypes(codes(type));
        }
    }

    /** The codes of a coded enum, in declaration order. */
    private static Set<String> codes(Class<?> type) {
        Set<String> codes = new LinkedHashSet<>();
        for (Object constant : type.getEnumConstants()) {
            codes.add(((Coded) constant).code());
        }
        return codes;
    }
}
