package dev.outreach.jackson3;

import dev.outreach.format.OutreachFormat;
import dev.outreach.format.ReadContext;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;

/**
 * Reads a map key of a type written as a string, by the rules of the value; a bad key is one
 * {@link InvalidDocumentException} at the key's JSON Pointer.
 */
final class ModelKeyDeserializer<T> extends KeyDeserializer {

    private final OutreachFormat<T> format;
    private final Locale locale;

    ModelKeyDeserializer(OutreachFormat<T> format, Locale locale) {
        this.format = format;
        this.locale = locale;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
        JsonParser parser = context.getParser();
        List<Object> location = Jackson3Reader.segments(parser.streamReadContext());
        ReadContext read = new ReadContext(true);
        T value = format.readKey(key, location, read);
        if (value == null) {
            throw new InvalidDocumentException(parser, read, locale, null);
        }
        return value;
    }
}
