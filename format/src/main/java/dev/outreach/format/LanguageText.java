package dev.outreach.format;

import dev.outreach.core.BilingualText;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.TextDirection;
import java.io.IOException;
import java.util.Optional;

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
            if (value.direction == null) {
                generator.string(value.text);
                return;
            }
            generator.startObject(value);
            generator.name("text");
            generator.string(value.text);
            generator.name("direction");
            DIRECTION.write(value.direction, generator);
            generator.endObject();
        }
    };

    private static final Codec<TextDirection> DIRECTION = Codecs.code(TextDirection.class);

    /** The text. */
    final String text;
    /** The direction given explicitly, or null when the language's own is meant. */
    final TextDirection direction;

    LanguageText(String text, TextDirection direction) {
        this.text = text;
        this.direction = direction;
    }

    /** @return the text of {@code language} in {@code value}, with its explicit direction, if given */
    static Optional<LanguageText> of(BilingualText value, LanguageTag language) {
        return value.get(language).map(text -> new LanguageText(text, value.directions().get(language)));
    }

    /** Puts this text, and its direction if explicit, on the builder as the text of {@code language}. */
    void applyTo(BilingualText.Builder builder, LanguageTag language) {
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
