package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.outreach.format.Token;
import dev.outreach.format.TokenReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A Jackson 2 parser seen as the format's {@link TokenReader}. */
final class Jackson2Reader implements TokenReader {

    private final JsonParser parser;

    Jackson2Reader(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public Token token() {
        return convert(parser.currentToken());
    }

    @Override
    public Token next() throws IOException {
        return convert(parser.nextToken());
    }

    @Override
    public String nextFieldName() throws IOException {
        return parser.nextFieldName();
    }

    @Override
    public String text() throws IOException {
        return parser.getText();
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

    @Override
    public boolean atRoot() {
        return container().inRoot();
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
