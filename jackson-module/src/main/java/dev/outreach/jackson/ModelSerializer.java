package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.outreach.format.OutreachFormat;
import java.io.IOException;

/**
 * Writes one model type through its codec; a document's root object gets the format version.
 * With a type id (default typing, or an {@code Object} property), the value is written whole
 * after the type id, in Jackson's wrapper array ({@code ["dev.outreach.core.Episode", {...}]})
 * or wrapper object, never with the id as a property inside it: the format's objects have no
 * such property. Jackson reads each of these back.
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

    @Override
    public void serializeWithType(T value, JsonGenerator generator, SerializerProvider provider,
            TypeSerializer typeSerializer) throws IOException {
        // Neither START_OBJECT nor a scalar's shape: Jackson then writes neither an object's start
        // nor a type property into it, but wraps the whole value (object or string alike), which
        // the format writes itself.
        WritableTypeId typeId = typeSerializer.writeTypePrefix(generator,
                typeSerializer.typeId(value, JsonToken.VALUE_EMBEDDED_OBJECT));
        serialize(value, generator, provider);
        typeSerializer.writeTypeSuffix(generator, typeId);
    }

    @Override
    public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType typeHint)
            throws JsonMappingException {
        if (format.isObject()) {
            Schemas.object(visitor, typeHint, format.properties());
        } else {
            Schemas.value(visitor, typeHint, format.type());
        }
    }
}
