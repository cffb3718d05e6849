package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.outreach.format.OutreachFormat;
import java.io.IOException;

/**
 * Writes one model type through its codec; a document's root object gets the format version.
 * Characters beyond the Basic Multilingual Plane (an emoji) are written as UTF-8, as Jackson 3
 * writes them, not as a pair of {@code \}{@code uD83D\}{@code uDE00} escapes: both modules write the same bytes.
 */
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
        boolean combining = generator.isEnabled(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
        if (!combining) {
            generator.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
        }
        try {
            format.write(value, new Jackson2Writer(generator), writeVersion);
        } finally {
            if (!combining) {
                generator.disable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
            }
        }
    }
}
