package dev.outreach.jackson3;

import dev.outreach.format.OutreachFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a map key of a type written as a string: the same text as the value's. */
final class ModelKeySerializer<T> extends StdSerializer<T> {

    private final OutreachFormat<T> format;

    ModelKeySerializer(OutreachFormat<T> format) {
        super(format.type());
        this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        generator.writeName(format.keyText(value));
    }
}
