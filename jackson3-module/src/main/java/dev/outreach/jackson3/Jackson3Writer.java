package dev.outreach.jackson3;

import dev.outreach.format.TokenWriter;
import tools.jackson.core.JsonGenerator;

/** A Jackson 3 generator seen as the format's {@link TokenWriter}. */
final class Jackson3Writer implements TokenWriter {

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
        generator.writeName(name);
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
