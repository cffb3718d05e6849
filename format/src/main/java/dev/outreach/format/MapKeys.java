package dev.outreach.format;

import java.io.IOException;
import java.util.List;

/**
 * Map keys of the types written as JSON strings: a key is written as the same text as the value
 * and read by the same codec, through a reader that holds the key alone as a string token and
 * places what is wrong with it at the key's own JSON Pointer.
 */
final class MapKeys {

    private MapKeys() {
    }

    /** @return the text {@code codec} writes for {@code value} */
    static <V> String text(Codec<V> codec, V value) throws IOException {
        KeyWriter writer = new KeyWriter();
        codec.write(value, writer);
        return writer.text;
    }

    /** @return the key read by {@code codec}, or null after reporting why it could not be */
    static <V> V read(Codec<V> codec, String key, List<Object> location, ReadContext context) throws IOException {
        return codec.read(new KeyReader(key, location), context);
    }

    /** A reader on one string token, the key, at the key's place. */
    private static final class KeyReader implements TokenReader {
        private final String key;
        private final List<Object> location;

        KeyReader(String key, List<Object> location) {
            this.key = key;
            this.location = List.copyOf(location);
        }

        @Override
        public Token token() {
            return Token.STRING;
        }

        @Override
        public Token next() {
            throw new IllegalStateException("a key is one token");
        }

        @Override
        public String nextFieldName() {
            throw new IllegalStateException("a key is one token");
        }

        @Override
        public String text() {
            return key;
        }

        @Override
        public boolean fitsInt() {
            throw new IllegalStateException("a key is a string");
        }

        @Override
        public int intValue() {
            throw new IllegalStateException("a key is a string");
        }

        @Override
        public void skipChildren() {
            // A string has no children.
        }

        @Override
        public List<Object> location() {
            return location;
        }
    }

    /** A writer that keeps the one string a text codec writes. */
    private static final class KeyWriter implements TokenWriter {
        private String text;

        @Override
        public void startObject(Object value) {
            throw new IllegalStateException("a key is a string");
        }

        @Override
        public void endObject() {
            throw new IllegalStateException("a key is a string");
        }

        @Override
        public void startArray() {
            throw new IllegalStateException("a key is a string");
        }

        @Override
        public void endArray() {
            throw new IllegalStateException("a key is a string");
        }

        @Override
        public void name(String name) {
            throw new IllegalStateException("a key is a string");
        }

        @Override
        public void string(String value) {
            text = value;
        }

        @Override
        public void number(int value) {
            throw new IllegalStateException("a key is a string");
        }

        @Override
        public boolean atRoot() {
            throw new IllegalStateException("a key is not a document");
        }
    }
}
