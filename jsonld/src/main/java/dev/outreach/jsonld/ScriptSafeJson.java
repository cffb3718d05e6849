package dev.outreach.jsonld;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a document as indented JSON that is safe inside an HTML {@code <script>} element. In
 * every string, member names included, {@code <}, {@code >} and {@code &} are written as {@code
 * \}{@code u} escapes (so neither {@code </script>} nor {@code <!--} can appear), and so are
 * U+2028 and U+2029, which older JavaScript takes as line ends; {@code "}, {@code \} and the
 * control characters U+0000 to U+001F are escaped as JSON requires ({@code \b}, {@code \t},
 * {@code \n}, {@code \f}, {@code \r} where JSON has a short form). Every other character is
 * written as it is.
 *
 * <p>The layout is the one the documents have always had: two spaces of indentation per object,
 * {@code "name" : value}, an array on one line ({@code [ a, b ]}), {@code { }} and {@code [ ]}
 * when empty, {@code \n} between lines and none at the end.
 */
final class ScriptSafeJson {

    private ScriptSafeJson() {
    }

    /** @return the document as text */
    static String print(JsonObject document) {
        StringBuilder out = new StringBuilder(4096);
        value(document, 0, out);
        return out.toString();
    }

    /** Prints a value whose object members stand at {@code depth + 1} levels of indentation. */
    private static void value(Object value, int depth, StringBuilder out) {
        if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof JsonObject object) {
            object(object.members(), depth, out);
        } else if (value instanceof List<?> array) {
            array(array, depth, out);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }

    private static void object(Map<String, Object> members, int depth, StringBuilder out) {
        if (members.isEmpty()) {
            out.append("{ }");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<String, Object> member : members.entrySet()) {
            out.append(separator);
            indent(depth + 1, out);
            string(member.getKey(), out);
            out.append(" : ");
            value(member.getValue(), depth + 1, out);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth, out);
        out.append('}');
    }

    private static void array(List<?> values, int depth, StringBuilder out) {
        out.append("[ ");
        String separator = "";
        for (Object value : values) {
            out.append(separator);
            value(value, depth, out);
            separator = ", ";
        }
        out.append(values.isEmpty() ? "]" : " ]");
    }

    private static void indent(int depth, StringBuilder out) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c, out);
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Writes {@code \}{@code uXXXX} with four upper-case hexadecimal digits, as Jackson did. */
    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u").append(Integer.toHexString(0x10000 | c).substring(1).toUpperCase(Locale.ROOT));
    }
}
