package dev.outreach.format;

import java.io.IOException;
import java.util.List;

/**
 * The view of a streaming parser that the format reads through: a thin adapter over a Jackson
 * 2 or Jackson 3 {@code JsonParser}, so that the format itself is written once.
 */
public interface TokenReader {

    /**
     * @return the current token
     * @throws IOException if the input cannot be read
     */
    Token token() throws IOException;

    /**
     * @return the next token
     * @throws IOException if the input cannot be read or is not well-formed
     */
    Token next() throws IOException;

    /**
     * Moves to the next property of the current object.
     *
     * @return the property's name, or null at the end of the object
     * @throws IOException if the input cannot be read or is not well-formed
     */
    String nextFieldName() throws IOException;

    /**
     * @return the text of the current string token
     * @throws IOException if the input cannot be read
     */
    String text() throws IOException;

    /**
     * @return whether the current whole number fits a Java int
     * @throws IOException if the input cannot be read
     */
    boolean fitsInt() throws IOException;

    /**
     * @return the current whole number
     * @throws IOException if the input cannot be read
     */
    int intValue() throws IOException;

    /**
     * Skips the object or array that starts at the current token, leaving the reader on its end.
     *
     * @throws IOException if the input cannot be read or is not well-formed
     */
    void skipChildren() throws IOException;

    /**
     * @return the location of the current value (for a start token, of the object or array it
     *         starts; for an end token, of the object or array it ends) as property names and
     *         indexes, from the document root
     */
    List<Object> location();

    /**
     * @return whether the input is YAML, where a scalar written without quotes is a number when
     *         it looks like one: {@code outreachFormat: 1.0}, as a YAML writer that minimises
     *         quotes writes the marker, is then read as the version {@code "1.0"}
     */
    default boolean readsYaml() {
        return false;
    }

    /**
     * Whether a number's text follows JSON's grammar ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}),
     * which is the format's for every input: a YAML parser also reads {@code 010}, {@code 0x1F},
     * {@code 0b101}, {@code 1_000} and {@code +1} as numbers, and an adapter gives those to the
     * format as strings instead, so that they are refused where a number is expected.
     *
     * @param text the text of a number token
     * @return whether it is a JSON number
     */
    static boolean isJsonNumber(CharSequence text) {
        int n = text.length();
        int i = 0;
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (text.charAt(i) == '0') {
            i++;
        } else {
            int start = i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        if (i < n && text.charAt(i) == '.') {
            int start = ++i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    private static int digits(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
