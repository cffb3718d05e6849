package dev.outreach.format;

import dev.outreach.core.Coded;
import dev.outreach.core.CountryCode;
import dev.outreach.core.InvalidContentException;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Moment;
import dev.outreach.core.Subdivision;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The codecs of the JSON scalars: text, whole numbers, and values written as strings. */
final class Codecs {

    private Codecs() {
    }

    /** A JSON string, taken as it is; the model checks its content. */
    static final Codec<String> STRING = new Codec<>() {
        @Override
        public String read(TokenReader parser, ReadContext context) throws IOException {
            return readString(parser, context);
        }

        @Override
        public void write(String value, TokenWriter generator) throws IOException {
            generator.string(value);
        }
    };

    /** A JSON whole number that fits a Java int. */
    static final Codec<Integer> INTEGER = new Codec<>() {
        @Override
        public Integer read(TokenReader parser, ReadContext context) throws IOException {
            if (parser.token() != Token.INTEGER) {
                context.report(parser, "outreach.document.expectedInteger");
                parser.skipChildren();
                return null;
            }
            if (!parser.fitsInt()) {
                context.report(parser, "outreach.document.integerRange");
                return null;
            }
            return parser.intValue();
        }

        @Override
        public void write(Integer value, TokenWriter generator) throws IOException {
            generator.number(value);
        }
    };

    static final Codec<Moment> MOMENT = text(Moment::parse, Moment::toString);
    static final Codec<LanguageTag> LANGUAGE = text(LanguageTag::of, LanguageTag::toString);
    static final Codec<CountryCode> COUNTRY = text(CountryCode::of, CountryCode::code);
    static final Codec<Subdivision> SUBDIVISION = text(Subdivision::of, Subdivision::code);
    static final Codec<URI> URL = text(Codecs::uri, URI::toString);
    /** An ISO 8601 duration of days, hours, minutes and seconds, such as {@code PT1H30M}. */
    static final Codec<Duration> DURATION = text(Codecs::duration, Duration::toString);

    /**
     * The form of a duration that the format documents: {@code P}, then days, then {@code T} and
     * hours, minutes and seconds (with up to 9 decimals), each optional but at least one, in
     * upper case, without signs. What {@link Duration#toString()} writes for a positive duration.
     */
    private static final Pattern DURATION_FORM =
            Pattern.compile("P(?=[0-9]|T[0-9])(?:[0-9]+D)?"
                    + "(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]{1,9})?S)?)?");

    private static final Name CODE = new Name("code");
    private static final Name NAME = new Name("name");

    /**
     * A province in a report, written with its Indonesian name for people reading the JSON:
     * {@code {"code": "ID-BA", "name": "Bali"}}. Read by its code; a name, if given, must be
     * the province's.
     */
    static final Codec<Subdivision> PROVINCE = new Codec<>() {
        @Override
        public Subdivision read(TokenReader parser, ReadContext context) throws IOException {
            if (parser.token() != Token.START_OBJECT) {
                context.report(parser, "outreach.document.expectedObject");
                parser.skipChildren();
                return null;
            }
            Subdivision province = null;
            String name = null;
            boolean ok = true;
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                parser.next();
                if ("code".equals(field)) {
                    province = SUBDIVISION.read(parser, context);
                    ok &= province != null;
                } else if ("name".equals(field)) {
                    name = readString(parser, context);
                    ok &= name != null;
                } else {
                    context.report(parser, "outreach.document.unknownProperty");
                    parser.skipChildren();
                    ok = false;
                }
            }
            if (!ok) {
                return null;
            }
            if (province == null) {
                context.reportProperty(parser.location(), "code", "outreach.required");
                return null;
            }
            if (name != null && !province.name().map(name::equals).orElse(false)) {
                context.reportProperty(parser.location(), "name", "outreach.reach.provinceName");
                return null;
            }
            return province;
        }

        @Override
        public void write(Subdivision value, TokenWriter generator) throws IOException {
            generator.startObject(value);
            generator.name(CODE);
            generator.string(value.code());
            if (value.name().isPresent()) {
                generator.name(NAME);
                generator.string(value.name().get());
            }
            generator.endObject();
        }
    };

    /** @return the JSON string at the parser, or null after reporting that it is not one */
    static String readString(TokenReader parser, ReadContext context) throws IOException {
        if (parser.token() != Token.STRING) {
            context.report(parser, "outreach.document.expectedString");
            parser.skipChildren();
            return null;
        }
        return parser.text();
    }

    /**
     * Reads a value with {@code codec}, as {@link Codec#read} does; the codecs of most properties
     * (objects, strings, values written as strings) are called directly by their own class, not
     * through the interface, whose one call site here would see every codec of the format.
     */
    static Object read(Codec<?> codec, TokenReader parser, ReadContext context) throws IOException {
        if (codec instanceof ObjectFormat) {
            return ((ObjectFormat<?, ?>) codec).read(parser, context);
        }
        if (codec == STRING) {
            return readString(parser, context);
        }
        if (codec instanceof TextCodec) {
            return ((TextCodec<?>) codec).read(parser, context);
        }
        return codec.read(parser, context);
    }

    /** Writes a value with {@code codec}, as {@link Codec#write} does, calling the common codecs directly. */
    static <V> void write(Codec<V> codec, V value, TokenWriter generator) throws IOException {
        if (codec instanceof ObjectFormat) {
            ((ObjectFormat<?, V>) codec).write(value, generator);
        } else if (codec == STRING) {
            generator.string((String) value);
        } else if (codec instanceof TextCodec) {
            ((TextCodec<V>) codec).write(value, generator);
        } else {
            codec.write(value, generator);
        }
    }

    /** A value written as a JSON string and parsed by the model's own factory. */
    static <V> Codec<V> text(Function<String, V> parse, Function<V, String> format) {
        return new TextCodec<>(parse, format);
    }

    /** The codec of a value written as a JSON string and parsed by the model's own factory. */
    private static final class TextCodec<V> implements Codec<V> {
        private final Function<String, V> parse;
        private final Function<V, String> format;

        TextCodec(Function<String, V> parse, Function<V, String> format) {
            this.parse = parse;
            this.format = format;
        }

        @Override
        public V read(TokenReader parser, ReadContext context) throws IOException {
            String text = readString(parser, context);
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (InvalidContentException e) {
                context.reportAll(parser.location(), e.violations(), name -> name);
                return null;
            }
        }

        @Override
        public void write(V value, TokenWriter generator) throws IOException {
            generator.string(format.apply(value));
        }
    }

    /** An enum written as its stable lowercase code. */
    static <E extends Enum<E> & Coded> Codec<E> code(Class<E> type) {
        Map<String, E> byCode = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            byCode.put(constant.code(), constant);
        }
        return text(code -> {
            E constant = byCode.get(code);
            return constant != null ? constant : Coded.fromCode(type, code);
        }, Coded::code);
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidContentException("URI",
                    java.util.List.of(dev.outreach.core.Violation.of("outreach.url.invalid")));
        }
    }

    private static Duration duration(String text) {
        if (text.length() > 64 || !DURATION_FORM.matcher(text).matches()) {
            throw invalidDuration();
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) { // a number too large for a Duration
            throw invalidDuration();
        }
    }

    private static InvalidContentException invalidDuration() {
        return new InvalidContentException("Duration",
                java.util.List.of(dev.outreach.core.Violation.of("outreach.duration.invalid")));
    }
}
