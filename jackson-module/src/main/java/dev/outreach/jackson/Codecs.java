package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.outreach.core.Coded;
import dev.outreach.core.CountryCode;
import dev.outreach.core.InvalidContentException;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Moment;
import dev.outreach.core.Subdivision;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The codecs of the JSON scalars: text, whole numbers, and values written as strings. */
final class Codecs {

    private Codecs() {
    }

    /** A JSON string, taken as it is; the model checks its content. */
    static final Codec<String> STRING = new Codec<>() {
        @Override
        public String read(JsonParser parser, ReadContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                context.report(parser, "outreach.document.expectedString");
                parser.skipChildren();
                return null;
            }
            return parser.getText();
        }

        @Override
        public void write(String value, JsonGenerator generator) throws IOException {
            generator.writeString(value);
        }
    };

    /** A JSON whole number that fits a Java int. */
    static final Codec<Integer> INTEGER = new Codec<>() {
        @Override
        public Integer read(JsonParser parser, ReadContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                    || parser.getNumberType() != JsonParser.NumberType.INT) {
                context.report(parser, "outreach.document.expectedInteger");
                parser.skipChildren();
                return null;
            }
            return parser.getIntValue();
        }

        @Override
        public void write(Integer value, JsonGenerator generator) throws IOException {
            generator.writeNumber(value);
        }
    };

    static final Codec<Moment> MOMENT = text(Moment::parse, Moment::toString);
    static final Codec<LanguageTag> LANGUAGE = text(LanguageTag::of, LanguageTag::toString);
    static final Codec<CountryCode> COUNTRY = text(CountryCode::of, CountryCode::code);
    static final Codec<Subdivision> SUBDIVISION = text(Subdivision::of, Subdivision::code);
    static final Codec<URI> URL = text(Codecs::uri, URI::toString);

    /**
     * A province in a report, written with its Indonesian name for people reading the JSON:
     * {@code {"code": "ID-BA", "name": "Bali"}}. Read by its code; a name, if given, must be
     * the province's.
     */
    static final Codec<Subdivision> PROVINCE = new Codec<>() {
        @Override
        public Subdivision read(JsonParser parser, ReadContext context) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                context.report(parser, "outreach.document.expectedObject");
                parser.skipChildren();
                return null;
            }
            Subdivision province = null;
            String name = null;
            boolean ok = true;
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                parser.nextToken();
                if ("code".equals(field)) {
                    province = SUBDIVISION.read(parser, context);
                    ok &= province != null;
                } else if ("name".equals(field)) {
                    name = STRING.read(parser, context);
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
                context.reportProperty(ReadContext.closed(parser), "code", "outreach.required");
                return null;
            }
            if (name != null && !province.name().map(name::equals).orElse(false)) {
                context.reportProperty(ReadContext.closed(parser), "name", "outreach.reach.provinceName");
                return null;
            }
            return province;
        }

        @Override
        public void write(Subdivision value, JsonGenerator generator) throws IOException {
            generator.writeStartObject();
            generator.writeStringField("code", value.code());
            if (value.name().isPresent()) {
                generator.writeStringField("name", value.name().get());
            }
            generator.writeEndObject();
        }

        @Override
        public boolean structured() {
            return true;
        }
    };

    /** A value written as a JSON string and parsed by the model's own factory. */
    static <V> Codec<V> text(Function<String, V> parse, Function<V, String> format) {
        return new Codec<>() {
            @Override
            public V read(JsonParser parser, ReadContext context) throws IOException {
                String text = STRING.read(parser, context);
                if (text == null) {
                    return null;
                }
                try {
                    return parse.apply(text);
                } catch (InvalidContentException e) {
                    context.reportAll(ReadContext.here(parser), e.violations(), name -> name);
                    return null;
                }
            }

            @Override
            public void write(V value, JsonGenerator generator) throws IOException {
                generator.writeString(format.apply(value));
            }
        };
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
}
