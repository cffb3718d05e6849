package dev.outreach.jackson3;

import dev.outreach.format.TokenWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** A Jackson 3 generator seen as the format's {@link TokenWriter}. */
final class Jackson3Writer implements TokenWriter {

    /**
     * The format's property names, encoded once: a generator copies a prepared name instead of
     * escaping it again for every object written. The names are the format's own constants, so
     * the map stays small.
     */
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();

    private final JsonGenerator generator;

    Jackson3Writer(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void startObject(Object value) {
        generator.writeStartObject(value);
    }

    @Override
    public void endObject() {
        generator.writeEndObject();
    }

    @Override
    public void startArray() {
        generator.writeStartArray();
    }

    @Override
    public void endArray() {
        generator.writeEndArray();
    }

    @Override
    public void name(String name) {
        generator.writeName(NAMES.computeIfAbsent(name, SerializedString::new));
    }

    @Override
    public void string(String value) {
        generator.writeString(value);
    }

    @Override
    public void number(int value) {
        generator.writeNumber(value);
    }

    @Override
    public boolean atRoot() {
        return generator.streamWriteContext().inRoot();
    }
}
