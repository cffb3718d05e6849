package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes one model type through its codec; a document's root object gets the format version. */
final class ModelSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Codec<T> codec;
    private final boolean writeVersion;

    ModelSerializer(Class<T> type, Codec<T> codec, boolean writeVersion) {
        super(type);
        this.codec = codec;
        this.writeVersion = writeVersion;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        if (writeVersion && codec instanceof ObjectFormat && generator.getOutputContext().inRoot()) {
            ((ObjectFormat<?, T>) codec).writeRoot(value, generator);
        } else {
            codec.write(value, generator);
        }
    }
}
