package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.outreach.format.Token;
import dev.outreach.format.TokenReader;
import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Jackson 2 parser seen as the format's {@link TokenReader}.
 *
 * <p>A YAML parser is read as the format describes its values: a number that JSON's grammar
 * does not allow ({@code 010}, {@code 0x1F}, {@code 1_000}, {@code +1}) is given as a string, an
 * alias ({@code *t}) is refused with a {@link YamlAliasException} rather than read as its
 * anchor's name, and the read limits of strings and names are applied, which Jackson's YAML
 * parser does not do itself.
 */
final class Jackson2Reader implements TokenReader {

    private final JsonParser parser;
    private final boolean yaml;
    /**
     * Whether the parser applies the read limits of names and strings itself: Jackson's own JSON
     * parsers do; a YAML parser, a token buffer or any other parser is checked here.
     */
    private final boolean limitsChecked;

    Jackson2Reader(JsonParser parser) {
        this.parser = parser;
        this.yaml = YamlParsers.isYaml(parser);
        this.limitsChecked = parser.getClass().getName().startsWith("com.fasterxml.jackson.core.json.");
    }

    @Override
    public Token token() throws IOException {
        return kind(parser.currentToken());
    }

    @Override
    public Token next() throws IOException {
        JsonToken token = parser.nextToken();
        if (yaml && YamlParsers.isAlias(parser)) {
            throw new YamlAliasException(parser);
        }
        return kind(token);
    }

    @Override
    public String nextFieldName() throws IOException {
        String name = parser.nextFieldName();
        if (name != null && !limitsChecked) {
            // JSON parsers check this themselves; YAML parsers do not.
            parser.streamReadConstraints().validateNameLength(name.length());
        }
        return name;
    }

    @Override
    public String text() throws IOException {
        String text = parser.getText();
        if (!limitsChecked) { // JSON parsers check this themselves; YAML parsers do not.
            parser.streamReadConstraints().validateStringLength(text.length());
        }
        return text;
    }

    @Override
    public boolean readsYaml() {
        return yaml;
    }

    /**
     * The token as the format sees it: a number JSON does not allow is a string. Only a YAML
     * parser gives such numbers; a JSON parser's always pass.
     */
    private Token kind(JsonToken token) throws IOException {
        Token kind = convert(token);
        if ((kind == Token.INTEGER || kind == Token.DECIMAL) && !isJsonNumber()) {
            return Token.STRING;
        }
        return kind;
    }

    /** Whether the current number's text is JSON's, read in the parser's own buffer rather than copied to a String. */
    private boolean isJsonNumber() throws IOException {
        char[] chars = parser.getTextCharacters();
        return chars == null ? TokenReader.isJsonNumber(parser.getText())
                : TokenReader.isJsonNumber(CharBuffer.wrap(chars, parser.getTextOffset(), parser.getTextLength()));
    }

    @Override
    public boolean fitsInt() throws IOException {
        return parser.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public int intValue() throws IOException {
        return parser.getIntValue();
    }

    @Override
    public void skipChildren() throws IOException {
        parser.skipChildren();
    }

    @Override
    public List<Object> location() {
        return segments(container());
    }

    /** The context that holds the current value: for a start token, the one around it. */
    private JsonStreamContext container() {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        return token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? context.getParent() : context;
    }

    static List<Object> segments(JsonStreamContext context) {
        List<Object> segments = new ArrayList<>(6);
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(c.getCurrentIndex());
            } else if (c.inObject() && c.getCurrentName() != null) {
                segments.add(c.getCurrentName());
            }
        }
        Collections.reverse(segments);
        return segments;
    }

    private static Token convert(JsonToken token) {
        if (token == null) {
            return Token.OTHER;
        }
        switch (token) {
            case START_OBJECT:
                return Token.START_OBJECT;
            case END_OBJECT:
                return Token.END_OBJECT;
            case START_ARRAY:
                return Token.START_ARRAY;
            case END_ARRAY:
                return Token.END_ARRAY;
            case FIELD_NAME:
                return Token.FIELD_NAME;
            case VALUE_STRING:
                return Token.STRING;
            case VALUE_NUMBER_INT:
                return Token.INTEGER;
            case VALUE_NUMBER_FLOAT:
                return Token.DECIMAL;
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Token.BOOLEAN;
            case VALUE_NULL:
                return Token.NULL;
            default:
                return Token.OTHER;
        }
    }
}
