package dev.outreach.format;

import dev.outreach.core.BilingualText;
import dev.outreach.core.LanguageTag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One property of a JSON object: its name in the document and in the model, how its value is
 * read into a builder and written from a value.
 *
 * @param <B> the builder type
 * @param <T> the value type
 */
abstract class Property<B, T> {

    /** How a property's value is held in the model. */
    enum Kind {
        /** Always present. */
        REQUIRED,
        /** May be absent; absent is not written. */
        OPTIONAL,
        /** Has a default; the default is not written. */
        DEFAULTED,
        /** A list; empty is not written. */
        LIST
    }

    final String name;
    /** The name as the writer writes it, prepared once. */
    final Name encodedName;
    final String modelName;
    final Kind kind;
    final Codec<?> codec;
    /** The property's place in its object, set once by the object's format. */
    int index = -1;

    Property(String name, String modelName, Kind kind, Codec<?> codec) {
        this.name = name;
        this.encodedName = new Name(name);
        this.modelName = modelName;
        this.kind = kind;
        this.codec = codec;
    }

    /** Reads the value at the parser (never a JSON null); null if it was reported as bad. */
    abstract Object read(TokenReader parser, ReadContext context) throws IOException;

    /** Sets a value returned by {@link #read} on the builder. */
    abstract void apply(B builder, Object value);

    /** @return the value as the model's validator sees the property: an Optional for an optional one */
    Object asModelValue(Object value) {
        return kind == Kind.OPTIONAL ? Optional.of(value) : value;
    }

    /** Writes the property of {@code value}, unless it is absent, empty or the default. */
    abstract void write(T value, TokenWriter generator) throws IOException;

    static <B, T, V> Property<B, T> required(String name, Codec<V> codec, BiConsumer<B, V> set, Function<T, V> get) {
        return new Single<>(name, name, Kind.REQUIRED, codec, set, get, null, null);
    }

    static <B, T, V> Property<B, T> required(String name, String modelName, Codec<V> codec, BiConsumer<B, V> set,
            Function<T, V> get) {
        return new Single<>(name, modelName, Kind.REQUIRED, codec, set, get, null, null);
    }

    static <B, T, V> Property<B, T> defaulted(String name, Codec<V> codec, BiConsumer<B, V> set, Function<T, V> get,
            V defaultValue) {
        return new Single<>(name, name, Kind.DEFAULTED, codec, set, get, null, defaultValue);
    }

    static <B, T, V> Property<B, T> optional(String name, Codec<V> codec, BiConsumer<B, V> set,
            Function<T, Optional<V>> get) {
        return optional(name, name, codec, set, get);
    }

    static <B, T, V> Property<B, T> optional(String name, String modelName, Codec<V> codec, BiConsumer<B, V> set,
            Function<T, Optional<V>> get) {
        return new Single<B, T, V>(name, modelName, Kind.OPTIONAL, codec, set, null, get, null);
    }

    /**
     * The text of one of a {@link BilingualText}'s own languages ({@code id},
     * {@code en}): a string, or an object with its explicit direction.
     */
    static Property<BilingualText.Builder, BilingualText> language(String name,
            String modelName, LanguageTag language) {
        return new Language(name, modelName, language);
    }

    /** A list of at most {@code maxItems} values: a longer one is reported and not kept. */
    static <B, T, V> Property<B, T> list(String name, Codec<V> codec, BiConsumer<B, List<V>> set,
            Function<T, List<V>> get, int maxItems) {
        return new Many<>(name, codec, set, get, maxItems);
    }

    /** @return the most entries a list may have; 0 for a property that is not a list */
    int maxItems() {
        return 0;
    }

    /** A property holding one value. */
    private static final class Single<B, T, V> extends Property<B, T> {
        private final Codec<V> codec;
        private final BiConsumer<B, V> set;
        /** The accessor of a required or defaulted property, else null. */
        private final Function<T, V> get;
        /** The accessor of an optional property, else null. */
        private final Function<T, Optional<V>> getOptional;
        private final V defaultValue;

        Single(String name, String modelName, Kind kind, Codec<V> codec, BiConsumer<B, V> set, Function<T, V> get,
                Function<T, Optional<V>> getOptional, V defaultValue) {
            super(name, modelName, kind, codec);
            this.codec = codec;
            this.set = set;
            this.get = get;
            this.getOptional = getOptional;
            this.defaultValue = defaultValue;
        }

        @Override
        Object read(TokenReader parser, ReadContext context) throws IOException {
            return Codecs.read(codec, parser, context);
        }

        @Override
        @SuppressWarnings("unchecked") // read returned a V: the value of this property's codec
        void apply(B builder, Object value) {
            set.accept(builder, (V) value);
        }

        @Override
        void write(T value, TokenWriter generator) throws IOException {
            V v;
            if (getOptional != null) {
                Optional<V> present = getOptional.apply(value);
                if (present.isEmpty()) {
                    return;
                }
                v = present.get();
            } else {
                v = get.apply(value);
                if (kind == Kind.DEFAULTED && Objects.equals(v, defaultValue)) {
                    return;
                }
            }
            generator.name(encodedName);
            Codecs.write(codec, v, generator);
        }
    }

    /**
     * The text of one of a text's own languages, with its explicit direction. A text given as a
     * plain string is read as that string; only a text with its direction is a {@link LanguageText}.
     */
    private static final class Language
            extends Property<BilingualText.Builder, BilingualText> {
        private final LanguageTag language;
        private final boolean indonesian;

        Language(String name, String modelName, LanguageTag language) {
            super(name, modelName, Kind.OPTIONAL, LanguageText.CODEC);
            this.language = language;
            this.indonesian = LanguageTag.INDONESIAN.equals(language);
        }

        @Override
        Object read(TokenReader parser, ReadContext context) throws IOException {
            return LanguageText.read(parser, context);
        }

        @Override
        void apply(BilingualText.Builder builder, Object value) {
            LanguageText.applyTo(value, builder, language);
        }

        @Override
        Object asModelValue(Object value) {
            return Optional.of(LanguageText.textOf(value));
        }

        @Override
        void write(BilingualText value, TokenWriter generator) throws IOException {
            Optional<String> text = indonesian ? value.indonesian() : value.english();
            if (text.isPresent()) {
                generator.name(encodedName);
                LanguageText.write(text.get(), LanguageText.direction(value, language), generator);
            }
        }
    }

    /** A property holding a list. */
    private static final class Many<B, T, V> extends Property<B, T> {
        private final Codec<V> codec;
        private final BiConsumer<B, List<V>> set;
        private final Function<T, List<V>> get;
        private final int maxItems;

        Many(String name, Codec<V> codec, BiConsumer<B, List<V>> set, Function<T, List<V>> get, int maxItems) {
            super(name, name, Kind.LIST, codec);
            this.codec = codec;
            this.set = set;
            this.get = get;
            this.maxItems = maxItems;
        }

        @Override
        int maxItems() {
            return maxItems;
        }

        @Override
        Object read(TokenReader parser, ReadContext context) throws IOException {
            if (parser.token() != Token.START_ARRAY) {
                context.report(parser, "outreach.document.expectedArray");
                parser.skipChildren();
                return null;
            }
            Token token = parser.next();
            if (token == Token.END_ARRAY) {
                return List.of(); // the builder's list stays empty
            }
            List<Object> values = new ArrayList<>();
            boolean ok = true;
            for (int index = 0; token != Token.END_ARRAY; token = parser.next(), index++) {
                if (index == maxItems) {
                    // Too long: the rest is skipped unread, and the list reported where it ends.
                    for (; token != Token.END_ARRAY; token = parser.next()) {
                        parser.skipChildren();
                    }
                    context.report(parser, "outreach.document.tooManyItems", Map.of("max", maxItems));
                    return null;
                }
                if (token == Token.NULL) {
                    context.report(parser, "outreach.document.null");
                    ok = false;
                    continue;
                }
                Object value = Codecs.read(codec, parser, context);
                if (value == null) {
                    ok = false;
                } else if (ok) {
                    values.add(value);
                }
            }
            return ok ? values : null;
        }

        @Override
        @SuppressWarnings("unchecked") // read returned a list of values of this property's codec
        void apply(B builder, Object value) {
            set.accept(builder, (List<V>) value);
        }

        @Override
        void write(T value, TokenWriter generator) throws IOException {
            List<V> values = get.apply(value);
            int size = values.size();
            if (size > 0) {
                generator.name(encodedName);
                generator.startArray();
                for (int i = 0; i < size; i++) {
                    Codecs.write(codec, values.get(i), generator);
                }
                generator.endArray();
            }
        }
    }
}
