package dev.outreach.jackson3;

import dev.outreach.format.OutreachFormat;
import java.io.IOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one model type through its codec; a document's root object gets the format version. */
final class ModelSerializer<T> extends StdSerializer<T> {

    private final OutreachFormat<T> format;
    private final boolean writeVersion;

    ModelSerializer(OutreachFormat<T> format, boolean writeVersion) {
        super(format.type());
        this.format = format;
        this.writeVersion = writeVersion;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        try {
            format.write(value, new Jackson3Writer(generator), writeVersion);
        } catch (IOException e) {
            // Jackson3Writer throws only unchecked exceptions; the format's signature names
            // IOException for the Jackson 2 writer. Wrapped the way Jackson 3 wraps I/O errors.
            throw JacksonIOException.construct(e, generator);
        }
    }
}
