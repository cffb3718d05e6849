package dev.outreach.jackson3;

import dev.outreach.format.OutreachFormat;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made mappers for documents from outside, and the JSON Schema of the format.
 *
 * <p>A hardened mapper bounds what one document may cost: nesting at most
 * {@value #MAX_NESTING_DEPTH} levels, strings at most {@value #MAX_STRING_LENGTH} characters,
 * numbers at most {@value #MAX_NUMBER_LENGTH} digits, property names at most
 * {@value #MAX_NAME_LENGTH} characters; it rejects duplicate keys, tokens after the document
 * and, unless asked not to, unknown properties. It never enables default typing.
 *
 * <p>Jackson 3 keeps the read limits on the immutable {@link JsonFactory}, and a mapper builder
 * cannot change its factory: the limits come with {@link #hardenedFactory()} (and so with
 * {@link #hardenedBuilder(boolean)} and {@link #hardenedMapper()}), while
 * {@link #harden(JsonMapper.Builder, boolean)} can only set the features of a builder made
 * elsewhere.
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
        return hardenedMapper(false);
    }

    /**
     * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
     * @return a hardened mapper with the {@link OutreachModule}
     */
    public static JsonMapper hardenedMapper(boolean ignoreUnknownProperties) {
        return hardenedBuilder(ignoreUnknownProperties).addModule(new OutreachModule()).build();
    }

    /**
     * @return a JSON factory with the read limits and duplicate keys rejected, to build a mapper
     *         on ({@code JsonMapper.builder(hardenedFactory())}) or to parse with directly
     */
    public static JsonFactory hardenedFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(LIMITS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * A builder on {@link #hardenedFactory()}, hardened by {@link #harden(JsonMapper.Builder, boolean)}.
     * Add the {@link OutreachModule} (and any other) before building.
     *
     * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
     * @return a new builder with the read limits and every hardening feature
     */
    public static JsonMapper.Builder hardenedBuilder(boolean ignoreUnknownProperties) {
        return harden(JsonMapper.builder(hardenedFactory()), ignoreUnknownProperties);
    }

    /**
     * Hardens a builder in place: duplicate keys, trailing tokens and unknown properties
     * rejected, no coercion of scalars, default typing off. Register the {@link OutreachModule}
     * as well.
     *
     * <p>The read limits are not set here: in Jackson 3 they belong to the factory the builder
     * was made with. Make it with {@code JsonMapper.builder(OutreachJson.hardenedFactory())}, or
     * use {@link #hardenedBuilder(boolean)}, to have them too.
     *
     * @param builder                 the builder of the application's mapper
     * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
     * @return the same builder
     */
    public static JsonMapper.Builder harden(JsonMapper.Builder builder, boolean ignoreUnknownProperties) {
        return builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknownProperties)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .deactivateDefaultTyping();
    }

    /** @return the JSON Schema (draft 2020-12) of the Outreach JSON format */
    public static String schema() {
        return OutreachFormat.schema();
    }
}
