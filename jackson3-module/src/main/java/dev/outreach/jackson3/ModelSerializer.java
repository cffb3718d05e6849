package dev.outreach.jackson3;

import dev.outreach.format.OutreachFormat;
import java.io.IOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes one model type through its codec; a document's root object gets the format version.
 * With a type id (default typing, or an {@code Object} property), the value is written whole
 * after the type id, in Jackson's wrapper array ({@code ["dev.outreach.core.Episode", {...}]})
 * or wrapper object, never with the id as a property inside it: the format's objects have no
 * such property. Jackson reads each of these back.
 */
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

    @Override
    public void serializeWithType(T value, JsonGenerator generator, SerializationContext context,
            TypeSerializer typeSerializer) {
        // Neither START_OBJECT nor a scalar's shape: Jackson then writes neither an object's start
        // nor a type property into it, but wraps the whole value (object or string alike), which
        // the format writes itself.
        WritableTypeId typeId = typeSerializer.writeTypePrefix(generator, context,
                typeSerializer.typeId(value, JsonToken.VALUE_EMBEDDED_OBJECT));
        serialize(value, generator, context);
        typeSerializer.writeTypeSuffix(generator, context, typeId);
    }

    @Override
    public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType typeHint) {
        if (format.isObject()) {
            Schemas.object(visitor, typeHint, format.properties());
        } else {
            Schemas.value(visitor, typeHint, format.type());
        }
    }
}
