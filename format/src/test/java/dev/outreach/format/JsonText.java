package dev.outreach.format;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * A small JSON reader and writer for the tests of the format, so that the format is tested
 * without any Jackson: {@link Reader} behaves as the Jackson adapters do (tokens, locations
 * of values, skipping), {@link Writer} writes compact JSON.
 */
final class JsonText {

    private JsonText() {
    }

    /** A {@link TokenReader} over a JSON text. Throws an {@link IOException} where the text is not JSON. */
    static final class Reader implements TokenReader {

        /** One open object or array, or the root. */
        private static final class Context {
            final boolean array;
            final boolean root;
            int index = -1;
            String name;
            boolean expectName;

            Context(boolean array, boolean root) {
                this.array = array;
                this.root = root;
            }
        }

        private final String text;
        private int position;
        private final Deque<Context> contexts = new ArrayDeque<>();
        private Token token;
        private String string;
        private String number;
        private Context started;

        Reader(String text) {
            this.text = text;
            contexts.push(new Context(false, true));
        }

        /** @return a reader on the first token of {@code text} */
        static Reader on(String text) throws IOException {
            Reader reader = new Reader(text);
            reader.next();
            return reader;
        }

        @Override
        public Token token() {
            return token == null ? Token.OTHER : token;
        }

        @Override
        public Token next() throws IOException {
            started = null;
            skipSeparators();
            if (position >= text.length()) {
                if (contexts.size() > 1) {
                    throw new IOException("unexpected end of input in an object or array");
                }
                token = null;
                return Token.OTHER;
            }
            Context context = contexts.peek();
            char c = text.charAt(position);
            if (!context.array && !context.root && context.expectName && c != '}') {
                if (c != '"') {
                    throw new IOException("expected a property name at " + position);
                }
                context.name = readString();
                context.expectName = false;
                return token = Token.FIELD_NAME;
            }
            switch (c) {
                case '}':
                case ']':
                    position++;
                    contexts.pop();
                    return token = c == '}' ? Token.END_OBJECT : Token.END_ARRAY;
                case '{':
                case '[':
                    position++;
                    valueStarts(context);
                    Context opened = new Context(c == '[', false);
                    opened.expectName = c == '{';
                    contexts.push(opened);
                    started = opened;
                    return token = c == '{' ? Token.START_OBJECT : Token.START_ARRAY;
                case '"':
                    valueStarts(context);
                    string = readString();
                    return token = Token.STRING;
                default:
                    valueStarts(context);
                    return token = readLiteral();
            }
        }

        private void valueStarts(Context context) {
            if (context.array) {
                context.index++;
            } else if (!context.root) {
                context.expectName = true;
            }
        }

        private void skipSeparators() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ':') {
                    position++;
                } else {
                    return;
                }
            }
        }

        private String readString() throws IOException {
            StringBuilder out = new StringBuilder();
            position++;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(position++);
                    switch (e) {
                        case 'n': out.append('\n'); break;
                        case 't': out.append('\t'); break;
                        case 'r': out.append('\r'); break;
                        case 'b': out.append('\b'); break;
                        case 'f': out.append('\f'); break;
                        case 'u':
                            out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                            position += 4;
                            break;
                        default: out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            throw new IOException("unterminated string");
        }

        private Token readLiteral() throws IOException {
            int start = position;
            while (position < text.length() && "{}[],: \n\r\t\"".indexOf(text.charAt(position)) < 0) {
                position++;
            }
            String literal = text.substring(start, position);
            switch (literal) {
                case "true":
                case "false":
                    number = literal;
                    return Token.BOOLEAN;
                case "null":
                    return Token.NULL;
                default:
                    if (literal.matches("-?(0|[1-9][0-9]*)")) {
                        number = literal;
                        return Token.INTEGER;
                    }
                    if (literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
                        number = literal;
                        return Token.DECIMAL;
                    }
                    throw new IOException("not JSON: " + literal);
            }
        }

        @Override
        public String nextFieldName() throws IOException {
            return next() == Token.FIELD_NAME ? contexts.peek().name : null;
        }

        @Override
        public String text() {
            return token == Token.FIELD_NAME ? contexts.peek().name : string;
        }

        /** @return the value of the current {@link Token#BOOLEAN} */
        boolean booleanValue() {
            return "true".equals(number);
        }

        /** @return the digits of the current {@link Token#INTEGER} */
        String digits() {
            return number;
        }

        @Override
        public boolean fitsInt() {
            BigInteger value = new BigInteger(number);
            return value.bitLength() < 32;
        }

        @Override
        public int intValue() {
            return Integer.parseInt(number);
        }

        @Override
        public void skipChildren() throws IOException {
            if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
                return;
            }
            int depth = 1;
            while (depth > 0) {
                Token t = next();
                if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
                    depth++;
                } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
                    depth--;
                } else if (t == Token.OTHER) {
                    throw new IOException("unexpected end of input");
                }
            }
        }

        /** The context that holds the current value: for a start token, the one around it. */
        private Iterator<Context> container() {
            Iterator<Context> up = contexts.iterator();
            if (started != null && contexts.peek() == started) {
                up.next();
            }
            return up;
        }

        @Override
        public List<Object> location() {
            List<Object> segments = new ArrayList<>();
            for (Iterator<Context> up = container(); up.hasNext();) {
                Context c = up.next();
                if (c.root) {
                    break;
                }
                if (c.array) {
                    segments.add(c.index);
                } else if (c.name != null) {
                    segments.add(c.name);
                }
            }
            Collections.reverse(segments);
            return segments;
        }
    }

    /** A {@link TokenWriter} that writes compact JSON. */
    static final class Writer implements TokenWriter {
        private final StringBuilder out = new StringBuilder();
        private final Deque<boolean[]> first = new ArrayDeque<>();
        private boolean afterName;

        private void beforeValue() {
            if (afterName) {
                afterName = false;
                return;
            }
            if (!first.isEmpty()) {
                if (!first.peek()[0]) {
                    out.append(',');
                }
                first.peek()[0] = false;
            }
        }

        @Override
        public void startObject(Object value) {
            beforeValue();
            out.append('{');
            first.push(new boolean[] {true});
        }

        @Override
        public void endObject() {
            first.pop();
            out.append('}');
        }

        @Override
        public void startArray() {
            beforeValue();
            out.append('[');
            first.push(new boolean[] {true});
        }

        @Override
        public void endArray() {
            first.pop();
            out.append(']');
        }

        @Override
        public void name(String name) {
            beforeValue();
            quote(name);
            out.append(':');
            afterName = true;
        }

        @Override
        public void string(String value) {
            beforeValue();
            quote(value);
        }

        @Override
        public void number(int value) {
            beforeValue();
            out.append(value);
        }

        @Override
        public boolean atRoot() {
            return first.isEmpty();
        }

        private void quote(String value) {
            JsonText.quote(value, false, out);
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /** Compacts a JSON text: drops the white space between tokens. */
    /**
     * Writes {@code value} as a JSON string: quotes, backslashes and control characters escaped,
     * and with {@code asciiOnly} everything outside printable ASCII too.
     */
    static void quote(String value, boolean asciiOnly, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || (asciiOnly && c > 0x7e)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    static String compact(String json) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
