package dev.outreach.jackson;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.format.OutreachFormat;

/**
 * Ready-made mappers for documents from outside, and the JSON Schema of the format.
 *
 * <p>A hardened mapper bounds what one document may cost: nesting at most
 * {@value #MAX_NESTING_DEPTH} levels, strings at most {@value #MAX_STRING_LENGTH} characters,
 * numbers at most {@value #MAX_NUMBER_LENGTH} digits, property names at most
 * {@value #MAX_NAME_LENGTH} characters; it rejects duplicate keys, tokens after the document
 * and, unless asked not to, unknown properties. It never enables default typing.
 */
public final class OutreachJson {

    /** The deepest nesting of objects and arrays a hardened mapper reads. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 32;
    /** The longest property name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();

    private OutreachJson() {
    }

    /** @return a hardened mapper with the {@link OutreachModule} that rejects unknown properties */
    public static JsonMapper hardenedMapper() {
        return harden(JsonMapper.builder(), false).addModule(new OutreachModule()).build();
    }

    /**
     * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
     * @return a hardened mapper with the {@link OutreachModule}
     */
    public static JsonMapper hardenedMapper(boolean ignoreUnknownProperties) {
        return harden(JsonMapper.builder(), ignoreUnknownProperties).addModule(new OutreachModule()).build();
    }

    /**
     * Hardens a builder in place: the read limits, duplicate keys, trailing tokens and unknown
     * properties rejected, scalars never coerced, default typing off. Works for any format's
     * builder, {@code JsonMapper.builder()} and {@code YAMLMapper.builder()} alike. Register the
     * {@link OutreachModule} as well.
     *
     * @param builder                 the builder of the application's mapper
     * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
     * @param <M>                     the mapper type
     * @param <B>                     the builder type
     * @return the same builder
     */
    public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B harden(B builder,
            boolean ignoreUnknownProperties) {
        builder.build().getFactory().setStreamReadConstraints(LIMITS);
        return builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknownProperties)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .deactivateDefaultTyping();
    }

    /** @return the read limits of a hardened mapper, for a factory built by hand */
    public static StreamReadConstraints readLimits() {
        return LIMITS;
    }

    /** @return the JSON Schema (draft 2020-12) of the Outreach JSON format */
    public static String schema() {
        return OutreachFormat.schema();
    }
}
