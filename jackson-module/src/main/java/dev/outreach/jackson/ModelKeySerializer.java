package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.outreach.format.OutreachFormat;
import java.io.IOException;

/** Writes a map key of a type written as a string: the same text as the value's. */
final class ModelKeySerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient OutreachFormat<T> format;

    ModelKeySerializer(OutreachFormat<T> format) {
        super(format.type());
        this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeFieldName(format.keyText(value));
    }
}
