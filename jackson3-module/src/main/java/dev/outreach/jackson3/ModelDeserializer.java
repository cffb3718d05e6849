package dev.outreach.jackson3;

import dev.outreach.format.OutreachFormat;
import dev.outreach.format.ReadContext;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one model type through its codec, and turns everything the read found wrong into one
 * {@link InvalidDocumentException}.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {

    /** How Jackson 3 starts the message of a duplicate key (Jackson 2: "Duplicate field"). */
    private static final String DUPLICATE = "Duplicate Object property";

    private final OutreachFormat<T> format;
    private final Locale locale;

    ModelDeserializer(OutreachFormat<T> format, Locale locale) {
        super(format.type());
        this.format = format;
        this.locale = locale;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        ReadContext read = new ReadContext(context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        Jackson3Reader reader = new Jackson3Reader(parser);
        T value;
        try {
            value = format.read(reader, read);
        } catch (DatabindException e) {
            throw e;
        } catch (YamlAliasException e) {
            read.report(reader, "outreach.document.yamlAlias");
            throw new InvalidDocumentException(parser, read, locale, e);
        } catch (StreamConstraintsException e) {
            read.report(reader, "outreach.document.limit");
            throw new InvalidDocumentException(parser, read, locale, e);
        } catch (StreamReadException e) {
            String original = e.getOriginalMessage();
            if (original != null && original.startsWith(DUPLICATE)) {
                read.report(reader, "outreach.document.duplicateProperty");
            } else {
                read.report(reader, "outreach.document.malformed", Map.of(
                        "line", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        "column", e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
            }
            throw new InvalidDocumentException(parser, read, locale, e);
        } catch (JacksonException e) {
            // An I/O error of the source: not a fault of the document, so passed on as it is.
            throw e;
        } catch (IOException e) {
            // Jackson3Reader throws only unchecked exceptions; the format's signature names
            // IOException for the Jackson 2 reader. Wrapped the way Jackson 3 wraps I/O errors.
            throw JacksonIOException.construct(e, parser);
        }
        if (value == null || read.count() > 0) {
            throw new InvalidDocumentException(parser, read, locale, null);
        }
        return value;
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
        JsonParser parser = context.getParser();
        if (parser != null && parser.currentToken() == JsonToken.VALUE_NULL
                && parser.streamReadContext().inRoot()) {
            ReadContext read = new ReadContext(true);
            read.report(new Jackson3Reader(parser), "outreach.document.null");
            throw new InvalidDocumentException(parser, read, locale, null);
        }
        return null;
    }
}
