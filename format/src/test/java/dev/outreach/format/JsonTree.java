package dev.outreach.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain Java values for the build's own files (the schema and its overlay): objects as
 * {@link LinkedHashMap}s in document order, arrays as lists, strings, longs, booleans and null,
 * read with {@link JsonText.Reader}. {@link #print} indents by two spaces and escapes everything
 * outside printable ASCII, so that a printed file is the same whatever the platform.
 */
final class JsonTree {

    private JsonTree() {
    }

    /** @return the value of a JSON text; {@link IllegalArgumentException} where it is not JSON */
    static Object parse(String text) {
        try {
            JsonText.Reader reader = JsonText.Reader.on(text);
            Object value = value(reader);
            if (reader.next() != Token.OTHER) {
                throw new IllegalArgumentException("more than one value");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** @return the value as indented JSON, ending with a line break */
    static String print(Object value) {
        StringBuilder out = new StringBuilder();
        print(value, 0, out);
        return out.append('\n').toString();
    }

    private static Object value(JsonText.Reader reader) throws IOException {
        switch (reader.token()) {
            case START_OBJECT:
                Map<String, Object> object = new LinkedHashMap<>();
                for (String name = reader.nextFieldName(); name != null; name = reader.nextFieldName()) {
                    reader.next();
                    if (object.put(name, value(reader)) != null) {
                        throw new IllegalArgumentException("a second " + name);
                    }
                }
                return object;
            case START_ARRAY:
                List<Object> array = new ArrayList<>();
                for (Token token = reader.next(); token != Token.END_ARRAY; token = reader.next()) {
                    array.add(value(reader));
                }
                return array;
            case STRING:
                return reader.text();
            case INTEGER:
                return Long.valueOf(reader.digits());
            case BOOLEAN:
                return reader.booleanValue();
            case NULL:
                return null;
            default:
                throw new IllegalArgumentException("not a whole number nor any other value of the files: "
                        + reader.token());
        }
    }

    private static void print(Object value, int depth, StringBuilder out) {
        if (value instanceof Map) {
            Map<?, ?> object = (Map<?, ?>) value;
            if (object.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            String separator = "\n";
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                out.append(separator).append("  ".repeat(depth + 1));
                JsonText.quote((String) entry.getKey(), true, out);
                out.append(": ");
                print(entry.getValue(), depth + 1, out);
                separator = ",\n";
            }
            out.append('\n').append("  ".repeat(depth)).append('}');
        } else if (value instanceof List) {
            List<?> array = (List<?>) value;
            if (array.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            String separator = "\n";
            for (Object item : array) {
                out.append(separator).append("  ".repeat(depth + 1));
                print(item, depth + 1, out);
                separator = ",\n";
            }
            out.append('\n').append("  ".repeat(depth)).append(']');
        } else if (value instanceof String) {
            JsonText.quote((String) value, true, out);
        } else {
            out.append(value);
        }
    }
}
