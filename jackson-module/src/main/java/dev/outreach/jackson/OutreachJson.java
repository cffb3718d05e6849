package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.outreach.format.OutreachFormat;

/**
 * Ready-made mappers for documents from outside, and the JSON Schema of the format.
 *
 * <p>A hardened mapper bounds what one document may cost: nesting at most
 * {@value #MAX_NESTING_DEPTH} levels, strings at most {@value #MAX_STRING_LENGTH} characters,
 * numbers at most {@value #MAX_NUMBER_LENGTH} digits, property names at most
 * {@value #MAX_NAME_LENGTH} characters; it rejects duplicate keys, tokens after the document
 * and, unless asked not to, unknown properties. It never enables default typing.
 *
 * <p>Jackson 2 keeps the read limits on the mutable {@link JsonFactory}: they come with
 * {@link #hardenedFactory()} (and so with {@link #hardenedBuilder(boolean)} and
 * {@link #hardenedMapper()}), and {@link #harden(MapperBuilder, boolean)} puts them, with the
 * features, onto a copy of a builder made elsewhere, leaving its factory as it was.
 *
 * <p>A hardened YAML mapper ({@link #hardenedYamlMapper()}, on {@link #hardenedYamlFactory()})
 * has the same limits, reads documents of at most {@value #MAX_YAML_LENGTH} characters (SnakeYAML
 * refuses more than 3 million by default), reads UTF-16 and UTF-32 with a byte-order mark, and
 * refuses YAML aliases. It needs {@code jackson-dataformat-yaml} on the class path, an optional
 * dependency of this module.
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
    /** The longest YAML document a hardened YAML mapper reads, in characters (code points). */
    public static final int MAX_YAML_LENGTH = 50_000_000;

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
     * A builder on {@link #hardenedFactory()}, hardened by {@link #harden(MapperBuilder, boolean)}.
     * Add the {@link OutreachModule} (and any other) before building.
     *
     * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
     * @return a new builder with the read limits and every hardening feature
     */
    public static JsonMapper.Builder hardenedBuilder(boolean ignoreUnknownProperties) {
        return harden(JsonMapper.builder(hardenedFactory()), ignoreUnknownProperties);
    }

    /**
     * Hardens a builder: the read limits, duplicate keys, trailing tokens and unknown properties
     * rejected, scalars never coerced, default typing off. Works for any format's builder,
     * {@code JsonMapper.builder()} and {@code YAMLMapper.builder()} alike. Register the
     * {@link OutreachModule} as well.
     *
     * <p>What it was given is left as it was: the limits go onto a copy of the builder's mapper
     * and of its factory, so that another mapper on a factory shared with this one keeps its own
     * limits. Use the builder returned, not the one passed in. The YAML limits of
     * {@link #hardenedYamlFactory()} (document length, byte-order marks) belong to a YAML factory
     * when it is made: build a YAML mapper on that factory to have them.
     *
     * @param builder                 the builder of the application's mapper
     * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
     * @param <M>                     the mapper type
     * @param <B>                     the builder type
     * @return a builder of the same type on a hardened copy
     * @throws IllegalArgumentException if the builder's type has no public constructor from its
     *                                  mapper, as Jackson's own builders have
     */
    public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B harden(B builder,
            boolean ignoreUnknownProperties) {
        M copy = copy(builder.build());
        copy.getFactory().setStreamReadConstraints(LIMITS);
        return rebuild(builder, copy)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknownProperties)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .deactivateDefaultTyping();
    }

    @SuppressWarnings("unchecked")
    private static <M extends ObjectMapper> M copy(M mapper) {
        return (M) mapper.copy();
    }

    /** A builder of the given builder's type on {@code mapper}: Jackson's builders take their mapper. */
    @SuppressWarnings("unchecked")
    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B rebuild(B builder, M mapper) {
        try {
            return (B) builder.getClass().getConstructor(mapper.getClass()).newInstance(mapper);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot harden a " + builder.getClass().getName()
                    + ": it has no public constructor from a " + mapper.getClass().getName(), e);
        }
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
     * @return a YAML factory with the read limits of JSON, documents of up to
     *         {@value #MAX_YAML_LENGTH} characters, duplicate keys rejected, and UTF-16 and
     *         UTF-32 input read when it starts with a byte-order mark
     */
    @SuppressWarnings("exports") // YAML is optional (requires static): a caller has it on its path
    public static YAMLFactory hardenedYamlFactory() {
        return YamlFactories.hardened(LIMITS, MAX_YAML_LENGTH);
    }

    /** @return a hardened YAML mapper with the {@link OutreachModule} that rejects unknown properties */
    @SuppressWarnings("exports") // YAML is optional (requires static): a caller has it on its path
    public static YAMLMapper hardenedYamlMapper() {
        return hardenedYamlMapper(false);
    }

    /**
     * @param ignoreUnknownProperties whether unknown properties are skipped rather than rejected
     * @return a hardened YAML mapper on {@link #hardenedYamlFactory()} with the {@link OutreachModule}
     */
    @SuppressWarnings("exports") // YAML is optional (requires static): a caller has it on its path
    public static YAMLMapper hardenedYamlMapper(boolean ignoreUnknownProperties) {
        // Through YamlFactories: this class names YAML types only where the verifier need not
        // load them, so that it works without the optional YAML module.
        return YamlFactories.hardenedMapper(hardenedYamlFactory(), ignoreUnknownProperties);
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
