package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import dev.outreach.format.OutreachFormat;
import dev.outreach.format.ReadContext;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

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
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
        JsonParser parser = context.getParser();
        List<Object> location = Jackson2Reader.segments(parser.getParsingContext());
        ReadContext read = new ReadContext(true);
        T value = format.readKey(key, location, read);
        if (value == null) {
            throw new InvalidDocumentException(parser, read, locale, null);
        }
        return value;
    }
}
