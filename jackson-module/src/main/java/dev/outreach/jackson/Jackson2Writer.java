package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.outreach.format.Name;
import dev.outreach.format.TokenWriter;
import java.io.IOException;

/** A Jackson 2 generator seen as the format's {@link TokenWriter}. */
final class Jackson2Writer implements TokenWriter {

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
        generator.writeFieldName(name); // an open key, such as a text's other language
    }

    /**
     * Writes one of the format's own names, encoded once and kept on the name: the generator
     * copies the prepared bytes instead of escaping the name again for every object written.
     */
    @Override
    public void name(Name name) throws IOException {
        generator.writeFieldName(name.prepared(SerializedString.class, SerializedString::new));
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
