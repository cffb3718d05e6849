package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.outreach.format.TokenWriter;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A Jackson 2 generator seen as the format's {@link TokenWriter}. */
final class Jackson2Writer implements TokenWriter {

    /**
     * The format's property names, encoded once: a generator copies a prepared name instead of
     * escaping it again for every object written. The names are the format's own constants, so
     * the map stays small.
     */
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();

    private final JsonGenerator generator;

    Jackson2Writer(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void startObject(Object value) throws IOException {
        generator.writeStartObject(value);
    }

    @Override
    public void endObject() throws IOException {
        generator.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
        generator.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        generator.writeEndArray();
    }

    @Override
    public void name(String name) throws IOException {
        generator.writeFieldName(NAMES.computeIfAbsent(name, SerializedString::new));
    }

    @Override
    public void string(String value) throws IOException {
        generator.writeString(value);
    }

    @Override
    public void number(int value) throws IOException {
        generator.writeNumber(value);
    }

    @Override
    public boolean atRoot() {
        return generator.getOutputContext().inRoot();
    }
}
