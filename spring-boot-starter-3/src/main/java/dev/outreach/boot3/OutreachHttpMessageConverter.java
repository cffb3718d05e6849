package dev.outreach.boot3;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.jackson.InvalidDocumentException;
import dev.outreach.jackson.OutreachJson;
import dev.outreach.jackson.OutreachModule;
import dev.outreach.spring.OutreachContentNotReadableException;
import dev.outreach.spring.OutreachTypes;
import java.io.IOException;
import java.lang.reflect.Type;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;

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
public final class OutreachHttpMessageConverter extends AbstractJackson2HttpMessageConverter {

    private final OutreachTypes types;

    /**
     * @param module                  the module Outreach content is read and written with
     * @param ignoreUnknownProperties whether unknown properties are skipped rather than refused
     */
    public OutreachHttpMessageConverter(OutreachModule module, boolean ignoreUnknownProperties) {
        super(OutreachJson.harden(JsonMapper.builder(), ignoreUnknownProperties).addModule(module).build(),
                MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.types = OutreachTypes.of(module.types());
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return types.isOutreach(clazz);
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return types.isOutreach(type, contextClass) && super.canRead(type, contextClass, mediaType);
    }

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
        // Spring 6 would ask canWrite(clazz, ...) of this class, which knows no element types.
        return ((type != null && types.isOutreach(type)) || types.isOutreach(clazz))
                && super.canWrite(clazz, mediaType);
    }

    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return types.isOutreach(clazz) && super.canWrite(clazz, mediaType);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage inputMessage) throws IOException {
        try {
            return super.read(type, contextClass, inputMessage);
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
        if (cause instanceof JsonProcessingException) {
            JsonLocation location = ((JsonProcessingException) cause).getLocation();
            return OutreachContentNotReadableException.malformedDocument(location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr(), input);
        }
        return e;
    }
}
