package dev.outreach.jackson3;

import dev.outreach.format.Name;
import dev.outreach.format.TokenWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

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
        generator.writeName(name); // an open key, such as a text's other language
    }

    /**
     * Writes one of the format's own names, encoded once and kept on the name: the generator
     * copies the prepared bytes instead of escaping the name again for every object written.
     */
    @Override
    public void name(Name name) {
        generator.writeName(name.prepared(SerializedString.class, SerializedString::new));
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
