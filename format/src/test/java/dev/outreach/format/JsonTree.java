package dev.outreach.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain Java values for the build's own files (the schema and its overlay): objects as
 * {@link LinkedHashMap}s in document order, arrays as lists, strings, longs, booleans and null.
 * {@link #print} indents by two spaces and escapes everything outside printable ASCII, so that a
 * printed file is the same whatever the platform.
 */
final class JsonTree {

    private final String text;
    private int position;

    private JsonTree(String text) {
        this.text = text;
    }

    /** @return the value of a JSON text; {@link IllegalArgumentException} where it is not JSON */
    static Object parse(String text) {
        JsonTree tree = new JsonTree(text);
        Object value = tree.value();
        tree.space();
        if (tree.position != text.length()) {
            throw tree.error("end of text");
        }
        return value;
    }

    /** @return the value as indented JSON, ending with a line break */
    static String print(Object value) {
        StringBuilder out = new StringBuilder();
        print(value, 0, out);
        return out.append('\n').toString();
    }

    private Object value() {
        space();
        if (position >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(position);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        position++;
        space();
        if (peek() == '}') {
            position++;
            return object;
        }
        do {
            space();
            String name = string();
            space();
            expect(':');
            if (object.put(name, value()) != null) {
                throw error("no second " + name);
            }
            space();
        } while (take(','));
        expect('}');
        return object;
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        position++;
        space();
        if (peek() == ']') {
            position++;
            return array;
        }
        do {
            array.add(value());
            space();
        } while (take(','));
        expect(']');
        return array;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("the end of a string");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(position++);
            switch (e) {
                case 'n':
                    out.append('\n');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 'u':
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                    break;
                default:
                    out.append(e);
            }
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error(word);
        }
        position += word.length();
        return value;
    }

    private Long number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        if (start == position) {
            throw error("a value");
        }
        return Long.valueOf(text.substring(start, position));
    }

    private void space() {
        while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }

    private boolean take(char c) {
        if (peek() == c) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!take(c)) {
            throw error("'" + c + "'");
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("expected " + expected + " at offset " + position);
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
                quote((String) entry.getKey(), out);
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
            quote((String) value, out);
        } else {
            out.append(value);
        }
    }

    private static void quote(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
