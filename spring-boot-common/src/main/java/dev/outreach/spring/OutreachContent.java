package dev.outreach.spring;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * What the web support of the Outreach starters needs to know of the Jackson generation in use:
 * the model types, the shipped JSON Schema, the converter that reads Outreach bodies, and how to
 * write a problem detail as JSON. Each starter declares one as a bean; the
 * {@link OutreachWebAutoConfiguration} builds the problem details and the OpenAPI components on it.
 */
public final class OutreachContent {

    /** Writes a problem detail (a map of its members) as a JSON document. */
    @FunctionalInterface
    public interface ProblemWriter {

        /**
         * @param problem the problem's members, in the order written
         * @return the JSON document, in UTF-8
         * @throws IOException when it cannot be written
         */
        byte[] write(Map<String, Object> problem) throws IOException;
    }

    private final Set<Class<?>> types;
    private final String schema;
    private final Class<? extends HttpMessageConverter<?>> converterType;
    private final ProblemWriter problemWriter;

    private OutreachContent(Set<Class<?>> types, String schema, Class<? extends HttpMessageConverter<?>> converterType,
            ProblemWriter problemWriter) {
        this.types = Set.copyOf(types);
        this.schema = Objects.requireNonNull(schema, "schema");
        this.converterType = Objects.requireNonNull(converterType, "converterType");
        this.problemWriter = Objects.requireNonNull(problemWriter, "problemWriter");
    }

    /**
     * @param types         every model type the Jackson module reads and writes
     * @param schema        the shipped JSON Schema of the format
     * @param converterType the class of the converter that reads Outreach bodies
     * @param problemWriter how a problem detail is written as JSON
     * @return the description
     */
    public static OutreachContent of(Set<Class<?>> types, String schema,
            Class<? extends HttpMessageConverter<?>> converterType, ProblemWriter problemWriter) {
        return new OutreachContent(types, schema, converterType, problemWriter);
    }

    /** @return every model type */
    public Set<Class<?>> types() {
        return types;
    }

    /** @return the shipped JSON Schema */
    public String schema() {
        return schema;
    }

    /** @return the class of the converter that reads Outreach bodies */
    public Class<? extends HttpMessageConverter<?>> converterType() {
        return converterType;
    }

    /** @return how a problem detail is written */
    public ProblemWriter problemWriter() {
        return problemWriter;
    }

    @Override
    public String toString() {
        return "OutreachContent[" + types.size() + " types, converter " + converterType.getSimpleName() + "]";
    }
}
