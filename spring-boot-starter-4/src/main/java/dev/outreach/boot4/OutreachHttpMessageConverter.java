package dev.outreach.boot4;

import dev.outreach.jackson3.InvalidDocumentException;
import dev.outreach.jackson3.OutreachJson;
import dev.outreach.jackson3.OutreachModule;
import dev.outreach.spring.OutreachContentNotReadableException;
import dev.outreach.spring.OutreachTypes;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Outreach content, and nothing else, as JSON: the model types, and arrays and
 * collections of them. It has a mapper of its own, hardened by {@link OutreachJson} (read
 * limits, duplicate keys, trailing tokens and unknown properties refused), so Outreach bodies are
 * read strictly whatever the application's Jackson settings, and the application's own types
 * are left to the application's converter. The starter puts it before Boot's converters, for
 * the server and for {@code RestClient} and {@code RestTemplate} clients built by Boot's builders.
 *
 * <p>A body that cannot be read ends in an {@link OutreachContentNotReadableException} holding
 * every violation.
 */
public final class OutreachHttpMessageConverter extends AbstractJacksonHttpMessageConverter<JsonMapper> {

    private final OutreachTypes types;

    /**
     * @param module                  the module Outreach content is read and written with
     * @param ignoreUnknownProperties whether unknown properties are skipped rather than refused
     */
    public OutreachHttpMessageConverter(OutreachModule module, boolean ignoreUnknownProperties) {
        super(OutreachJson.hardenedBuilder(ignoreUnknownProperties).addModule(module).build(),
                MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.types = OutreachTypes.of(module.types());
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return types.isOutreach(clazz);
    }

    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return types.isOutreach(type) && super.canRead(type, mediaType);
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> clazz, MediaType mediaType) {
        return ((type != null && types.isOutreach(type)) || types.isOutreach(clazz))
                && super.canWrite(type, clazz, mediaType);
    }

    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return types.isOutreach(clazz) && super.canWrite(clazz, mediaType);
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints)
            throws IOException {
        try {
            return super.read(type, inputMessage, hints);
        } catch (HttpMessageNotReadableException e) {
            throw translate(e, inputMessage);
        }
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
        try {
            return super.readInternal(clazz, inputMessage);
        } catch (HttpMessageNotReadableException e) {
            throw translate(e, inputMessage);
        }
    }

    /** @return the problem of a body that could not be read, with every violation and no input */
    private static HttpMessageNotReadableException translate(HttpMessageNotReadableException e,
            HttpInputMessage input) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidDocumentException) {
            InvalidDocumentException invalid = (InvalidDocumentException) cause;
            return OutreachContentNotReadableException.invalidContent(invalid.violations(), invalid.omitted(), input);
        }
        if (cause instanceof JacksonException) {
            TokenStreamLocation location = ((JacksonException) cause).getLocation();
            return OutreachContentNotReadableException.malformedDocument(location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr(), input);
        }
        return e;
    }
}
