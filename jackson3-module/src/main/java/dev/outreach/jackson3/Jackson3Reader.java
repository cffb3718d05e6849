package dev.outreach.jackson3;

import dev.outreach.format.Token;
import dev.outreach.format.TokenReader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * A Jackson 3 parser seen as the format's {@link TokenReader}. Jackson 3 throws only unchecked
 * {@code JacksonException}s, so none of these methods throws the interface's IOException.
 *
 * <p>A YAML parser is read as the format describes its values: a number that JSON's grammar
 * does not allow ({@code 010}, {@code 0x1F}, {@code 1_000}, {@code +1}) is given as a string, an
 * alias ({@code *t}) is refused with a {@link YamlAliasException} rather than read as its
 * anchor's name, and the read limits of strings and names are applied, which Jackson's YAML
 * parser does not do itself.
 */
final class Jackson3Reader implements TokenReader {

    private final JsonParser parser;
    private final boolean yaml;
    /**
     * Whether the parser applies the read limits of names and strings itself: Jackson's own JSON
     * parsers do; a YAML parser, a token buffer or any other parser is checked here.
     */
    private final boolean limitsChecked;

    Jackson3Reader(JsonParser parser) {
        this.parser = parser;
        this.yaml = YamlParsers.isYaml(parser);
        this.limitsChecked = parser.getClass().getName().startsWith("tools.jackson.core.json.");
    }

    @Override
    public Token token() {
        return kind(parser.currentToken());
    }

    @Override
    public Token next() {
        JsonToken token = parser.nextToken();
        if (yaml && YamlParsers.isAlias(parser)) {
            throw new YamlAliasException(parser);
        }
        return kind(token);
    }

    @Override
    public String nextFieldName() {
        String name = parser.nextName();
        if (name != null && !limitsChecked) {
            // JSON parsers check this themselves; YAML parsers do not.
            parser.streamReadConstraints().validateNameLength(name.length());
        }
        return name;
    }

    @Override
    public String text() {
        String text = parser.getString();
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
    private Token kind(JsonToken token) {
        Token kind = convert(token);
        if ((kind == Token.INTEGER || kind == Token.DECIMAL) && !isJsonNumber()) {
            return Token.STRING;
        }
        return kind;
    }

    /** Whether the current number's text is JSON's, read in the parser's own buffer rather than copied to a String. */
    private boolean isJsonNumber() {
        char[] chars = parser.getStringCharacters();
        return chars == null ? TokenReader.isJsonNumber(parser.getString())
                : TokenReader.isJsonNumber(CharBuffer.wrap(chars, parser.getStringOffset(), parser.getStringLength()));
    }

    @Override
    public boolean fitsInt() {
        return parser.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public int intValue() {
        return parser.getIntValue();
    }

    @Override
    public void skipChildren() {
        parser.skipChildren();
    }

    @Override
    public List<Object> location() {
        return segments(container());
    }

    /** The context that holds the current value: for a start token, the one around it. */
    private TokenStreamContext container() {
        TokenStreamContext context = parser.streamReadContext();
        JsonToken token = parser.currentToken();
        return token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? context.getParent() : context;
    }

    static List<Object> segments(TokenStreamContext context) {
        List<Object> segments = new ArrayList<>(6);
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(c.getCurrentIndex());
            } else if (c.inObject() && c.currentName() != null) {
                segments.add(c.currentName());
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
            case PROPERTY_NAME:
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
