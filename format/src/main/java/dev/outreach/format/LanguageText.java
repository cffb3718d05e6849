package dev.outreach.format;

import dev.outreach.core.BilingualText;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.TextDirection;
import java.io.IOException;
import java.util.Map;

/**
 * The text of one language of a {@link BilingualText}, as a document holds it: a JSON string,
 * or, when the text gives its direction explicitly, {@code {"text": "…", "direction": "rtl"}}.
 */
final class LanguageText {

    /** Reads and writes the text of one language in either form. */
    static final Codec<LanguageText> CODEC = new Codec<>() {
        @Override
        public LanguageText read(TokenReader parser, ReadContext context) throws IOException {
            if (parser.token() == Token.STRING) {
                return new LanguageText(parser.text(), null);
            }
            if (parser.token() != Token.START_OBJECT) {
                context.report(parser, "outreach.document.expectedString");
                parser.skipChildren();
                return null;
            }
            String text = null;
            TextDirection direction = null;
            boolean ok = true;
            boolean unknown = false;
            boolean seenText = false;
            boolean seenDirection = false;
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                Token token = parser.next();
                boolean isText = "text".equals(field);
                if (!isText && !"direction".equals(field)) {
                    // Most likely not meant as a text at all: reported once, at the object.
                    parser.skipChildren();
                    unknown = true;
                } else if (isText ? seenText : seenDirection) {
                    context.report(parser, "outreach.document.duplicateProperty");
                    parser.skipChildren();
                    ok = false;
                } else if (token == Token.NULL) {
                    context.report(parser, "outreach.document.null");
                    ok = false;
                } else if (isText) {
                    seenText = true;
                    text = Codecs.STRING.read(parser, context);
                    ok &= text != null;
                } else {
                    seenDirection = true;
                    direction = DIRECTION.read(parser, context);
                    ok &= direction != null;
                }
            }
            if (unknown || ok && text == null) {
                context.report(parser, "outreach.document.expectedLanguageText");
                return null;
            }
            return ok ? new LanguageText(text, direction) : null;
        }

        @Override
        public void write(LanguageText value, TokenWriter generator) throws IOException {
            LanguageText.write(value.text, value.direction, generator);
        }
    };

    private static final Codec<TextDirection> DIRECTION = Codecs.code(TextDirection.class);
    private static final Name TEXT = new Name("text");
    private static final Name DIRECTION_NAME = new Name("direction");

    /** The text. */
    final String text;
    /** The direction given explicitly, or null when the language's own is meant. */
    final TextDirection direction;

    LanguageText(String text, TextDirection direction) {
        this.text = text;
        this.direction = direction;
    }

    /**
     * Reads the text of one language in either form, as cheaply as it was written: a plain
     * string as the {@code String} itself, a text with its direction as a {@code LanguageText}.
     *
     * @return the {@code String} or {@code LanguageText}, or null after reporting why it could not be read
     */
    static Object read(TokenReader parser, ReadContext context) throws IOException {
        return parser.token() == Token.STRING ? parser.text() : CODEC.read(parser, context);
    }

    /** @return the text of a value {@link #read} returned */
    static String textOf(Object value) {
        return value instanceof String ? (String) value : ((LanguageText) value).text;
    }

    /** Writes a text, with its direction when that is given explicitly (not null). */
    static void write(String text, TextDirection direction, TokenWriter generator) throws IOException {
        if (direction == null) {
            generator.string(text);
            return;
        }
        generator.startObject(text);
        generator.name(TEXT);
        generator.string(text);
        generator.name(DIRECTION_NAME);
        DIRECTION.write(direction, generator);
        generator.endObject();
    }

    /** @return the direction given explicitly for {@code language} in {@code value}, or null */
    static TextDirection direction(BilingualText value, LanguageTag language) {
        Map<LanguageTag, TextDirection> directions = value.directions();
        return directions.isEmpty() ? null : directions.get(language);
    }

    /**
     * Puts a text {@link #read} returned, and its direction if explicit, on the builder as the
     * text of {@code language}.
     */
    static void applyTo(Object value, BilingualText.Builder builder, LanguageTag language) {
        String text;
        TextDirection direction;
        if (value instanceof String) {
            text = (String) value;
            direction = null;
        } else {
            text = ((LanguageText) value).text;
            direction = ((LanguageText) value).direction;
        }
        if (LanguageTag.INDONESIAN.equals(language)) {
            builder.indonesian(text);
        } else if (LanguageTag.ENGLISH.equals(language)) {
            builder.english(text);
        } else {
            builder.putOther(language, text);
        }
        if (direction != null) {
            builder.putDirection(language, direction);
        }
    }
}
