package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.outreach.format.OutreachFormat;
import java.io.IOException;

/** Writes one model type through its codec; a document's root object gets the format version. */
final class ModelSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient OutreachFormat<T> format;
    private final boolean writeVersion;

    ModelSerializer(OutreachFormat<T> format, boolean writeVersion) {
        super(format.type());
        this.format = format;
        this.writeVersion = writeVersion;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        format.write(value, new Jackson2Writer(generator), writeVersion);
    }
}
