package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.outreach.format.OutreachFormat;
import dev.outreach.format.ReadContext;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one model type through its codec, and turns everything the read found wrong into one
 * {@link InvalidDocumentException}.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient OutreachFormat<T> format;
    private final Locale locale;

    ModelDeserializer(OutreachFormat<T> format, Locale locale) {
        super(format.type());
        this.format = format;
        this.locale = locale;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        ReadContext read = new ReadContext(context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        Jackson2Reader reader = new Jackson2Reader(parser);
        T value;
        try {
            value = format.read(reader, read);
        } catch (JsonMappingException e) {
            throw e;
        } catch (YamlAliasException e) {
            read.report(reader, "outreach.document.yamlAlias");
            throw new InvalidDocumentException(parser, read, locale, e);
        } catch (StreamConstraintsException e) {
            read.report(reader, "outreach.document.limit");
            throw new InvalidDocumentException(parser, read, locale, e);
        } catch (JsonProcessingException e) {
            String original = e.getOriginalMessage();
            if (original != null && original.startsWith("Duplicate field")) {
                read.report(reader, "outreach.document.duplicateProperty");
            } else {
                read.report(reader, "outreach.document.malformed", Map.of(
                        "line", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        "column", e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
            }
            throw new InvalidDocumentException(parser, read, locale, e);
        }
        if (value == null || read.count() > 0) {
            throw new InvalidDocumentException(parser, read, locale, null);
        }
        return value;
    }

    @Override
    public T getNullValue(DeserializationContext context) throws JsonMappingException {
        JsonParser parser = context.getParser();
        if (parser != null && parser.currentToken() == JsonToken.VALUE_NULL
                && parser.getParsingContext().inRoot()) {
            ReadContext read = new ReadContext(true);
            read.report(new Jackson2Reader(parser), "outreach.document.null");
            throw new InvalidDocumentException(parser, read, locale, null);
        }
        return null;
    }
}
