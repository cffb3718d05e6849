package dev.outreach.format;

import dev.outreach.core.Coded;
import dev.outreach.core.CountryCode;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Moment;
import dev.outreach.core.Subdivision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the format's JSON Schema from its definitions: the object types and their properties
 * in {@link Formats}, the rules on the model's accessors (identifiers, text lengths, minimums,
 * value types, code lists) read from core's {@code Abstract*} types by reflection, and
 * {@code src/schema/outreach.schema.overlay.json} for what neither holds: descriptions, rules
 * between properties, and the grammars of the value types as regular expressions.
 *
 * <p>The shipped file is checked against this by {@code SchemaGeneratorTest}, which rewrites it
 * when run with {@code -Dregenerate}.
 */
final class SchemaGenerator {

    /** The shipped schema, relative to the format module. */
    static final Path SCHEMA = Path.of("src", "main", "resources", "dev", "outreach", "format",
            "outreach.schema.json");
    /** What the definitions do not hold, written by hand, relative to the format module. */
    static final Path OVERLAY = Path.of("src", "schema", "outreach.schema.overlay.json");

    private static final String DEFS = "#/$defs/";

    private final Map<String, Object> overlay;
    private final Map<String, Object> overlayTypes;
    /** The definitions of values the properties refer to, as they are met. */
    private final Map<String, Object> valueDefs = new LinkedHashMap<>();

    private SchemaGenerator(Map<String, Object> overlay) {
        this.overlay = overlay;
        this.overlayTypes = object(overlay.get("types"), "types");
    }

    /** @return the schema as the definitions give it, as the text of the shipped file */
    static String generate() {
        return JsonTree.print(schema());
    }

    /** @return the schema as the definitions give it */
    static Map<String, Object> schema() {
        return schema(object(JsonTree.parse(overlayText()), "the overlay"));
    }

    /** @return the schema the definitions give with {@code overlay} for what they do not hold */
    static Map<String, Object> schema(Map<String, Object> overlay) {
        return new SchemaGenerator(overlay).build();
    }

    /** @return the hand-written overlay as it is in the repository */
    static Map<String, Object> overlay() {
        return object(JsonTree.parse(overlayText()), "the overlay");
    }

    private static String overlayText() {
        try {
            return Files.readString(OVERLAY, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> build() {
        for (String name : overlayTypes.keySet()) {
            if (Formats.ALL.stream().noneMatch(format -> name(format).equals(name))) {
                throw new IllegalStateException("outreach.schema.overlay.json describes " + name + ", which has no format");
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        for (String key : List.of("$schema", "$id", "title", "description")) {
            // The version is the format's own, written once in ObjectFormat.
            schema.put(key, ((String) overlay.get(key)).replace("{version}", ObjectFormat.VERSION));
        }
        List<Object> anyOf = new ArrayList<>();
        Map<String, Object> defs = new LinkedHashMap<>();
        for (ObjectFormat<?, ?> format : Formats.ALL) {
            anyOf.add(ref(name(format)));
            defs.put(name(format), document(format));
        }
        for (ObjectFormat<?, ?> format : Formats.ALL) {
            defs.put(name(format) + "Nested", nested(format));
        }
        for (ObjectFormat<?, ?> format : Formats.ALL) {
            defs.put(name(format) + "Properties", properties(format));
        }
        schema.put("anyOf", anyOf);
        Map<String, Object> handWritten = object(overlay.get("$defs"), "$defs");
        for (String name : valueDefs.keySet()) {
            if (!handWritten.containsKey(name)) {
                throw new IllegalStateException("outreach.schema.overlay.json has no $defs entry " + name
                        + ": give it a description");
            }
        }
        for (Map.Entry<String, Object> entry : handWritten.entrySet()) {
            Map<String, Object> def = new LinkedHashMap<>(object(entry.getValue(), entry.getKey()));
            Object derived = valueDefs.get(entry.getKey());
            if (derived != null) {
                def.putAll(object(derived, entry.getKey()));
            }
            defs.put(entry.getKey(), def);
        }
        schema.put("$defs", defs);
        return schema;
    }

    private Map<String, Object> document(ObjectFormat<?, ?> format) {
        String name = name(format);
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("title", name + " document");
        def.put("description", "A document whose root is a " + name + ": its properties, and optionally "
                + ObjectFormat.VERSION_PROPERTY + ". " + description(format));
        def.put("$ref", DEFS + name + "Properties");
        def.put("properties", Map.of(ObjectFormat.VERSION_PROPERTY, ref("formatVersion")));
        def.put("unevaluatedProperties", Boolean.FALSE);
        return def;
    }

    private Map<String, Object> nested(ObjectFormat<?, ?> format) {
        String name = name(format);
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("title", name);
        def.put("description", "A " + name + " inside another object (no " + ObjectFormat.VERSION_PROPERTY
                + "). " + description(format));
        def.put("$ref", DEFS + name + "Properties");
        def.put("unevaluatedProperties", Boolean.FALSE);
        return def;
    }

    private Map<String, Object> properties(ObjectFormat<?, ?> format) {
        String name = name(format);
        Map<String, Object> type = overlayType(format);
        Map<String, Object> described = object(type.getOrDefault("properties", Map.of()), name + ".properties");
        for (String property : described.keySet()) {
            if (format.properties().stream().noneMatch(p -> p.name.equals(property))) {
                throw new IllegalStateException("outreach.schema.overlay.json describes " + name + "." + property
                        + ", which the format does not have");
            }
        }
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("title", name + " properties");
        def.put("description", "The properties and rules of a " + name
                + ", open to other properties: validate with " + DEFS + name + " or " + DEFS + name
                + "Nested, which close it.");
        def.put("type", "object");
        List<Object> required = format.properties().stream().filter(p -> p.kind == Property.Kind.REQUIRED)
                .map(p -> p.name).collect(Collectors.toList());
        if (!required.isEmpty()) {
            def.put("required", required);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Property<?, ?> property : format.properties()) {
            Map<String, Object> extra = object(described.getOrDefault(property.name, Map.of()),
                    name + "." + property.name);
            properties.put(property.name, property(format, property, extra));
        }
        def.put("properties", properties);
        if (format == Formats.BILINGUAL_TEXT) {
            def.put("patternProperties", Map.of(LANGUAGE_KEY, value(new ValueRule("languageText",
                    dev.outreach.core.BilingualText.MAX, null, String.class))));
        }
        def.putAll(object(type.getOrDefault("rules", Map.of()), name + ".rules"));
        return def;
    }

    private Map<String, Object> property(ObjectFormat<?, ?> format, Property<?, ?> property,
            Map<String, Object> extra) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (extra.containsKey("description")) {
            schema.put("description", extra.get("description"));
        }
        Map<String, Object> value = value(ValueRule.of(format, property));
        if (property.kind == Property.Kind.LIST) {
            schema.put("type", "array");
            schema.put("maxItems", (long) property.maxItems());
            schema.put("items", value);
        } else {
            schema.putAll(value);
        }
        for (Map.Entry<String, Object> entry : extra.entrySet()) {
            if (!entry.getKey().equals("description")) {
                schema.put(entry.getKey(), entry.getValue());
            }
        }
        return schema;
    }

    /**
     * What one value of a property is, from its codec and the rules on the model's accessor: a
     * definition of the schema ({@code slug}, {@code cleanText}, an object type's name), with the
     * most characters the property allows (0 for none of its own).
     */
    static final class ValueRule {
        /** The definition in the schema's {@code $defs}; for an object, the type's name. */
        final String def;
        /** The most characters, or 0. */
        final int maxLength;
        /** The object's format, or null for a scalar. */
        final ObjectFormat<?, ?> child;
        /** The model's type of the value. */
        final Class<?> type;
        /** Whether the value is a text the ministry publishes, which needs Indonesian or English. */
        final boolean published;

        private ValueRule(String def, int maxLength, ObjectFormat<?, ?> child, Class<?> type) {
            this(def, maxLength, child, type, false);
        }

        private ValueRule(String def, int maxLength, ObjectFormat<?, ?> child, Class<?> type, boolean published) {
            this.def = def;
            this.maxLength = maxLength;
            this.child = child;
            this.type = type;
            this.published = published;
        }

        /** @return what a value of {@code property} of {@code format} is */
        static ValueRule of(ObjectFormat<?, ?> format, Property<?, ?> property) {
            Method accessor = accessor(format, property);
            List<Annotation> rules = new ArrayList<>(List.of(accessor.getAnnotations()));
            Type valueType = accessor.getGenericReturnType();
            if (valueType instanceof ParameterizedType) {
                Class<?> container = (Class<?>) ((ParameterizedType) valueType).getRawType();
                if (container == Optional.class || container == List.class) {
                    valueType = ((ParameterizedType) valueType).getActualTypeArguments()[0];
                    AnnotatedType returned = accessor.getAnnotatedReturnType();
                    rules.addAll(List.of(((AnnotatedParameterizedType) returned)
                            .getAnnotatedActualTypeArguments()[0].getAnnotations()));
                }
            }
            return of(name(format) + "." + property.name, property, (Class<?>) valueType, rules);
        }

        private static ValueRule of(String where, Property<?, ?> property, Class<?> type, List<Annotation> rules) {
            if (property.codec == Codecs.PROVINCE) {
                return new ValueRule("provinceEntry", 0, null, type);
            }
            if (property.codec instanceof ObjectFormat || property.codec instanceof SelfReference) {
                ObjectFormat<?, ?> child = property.codec instanceof SelfReference
                        ? ((SelfReference<?>) property.codec).format()
                        : (ObjectFormat<?, ?>) property.codec;
                Annotation maxLength = rule(rules, "MaxLength");
                return new ValueRule(name(child), maxLength == null ? 0 : (int) element(maxLength, "max"), child,
                        type, rule(rules, "Published") != null);
            }
            if (property.codec == LanguageText.CODEC) {
                Annotation clean = rule(rules, "CleanText");
                return new ValueRule("languageText", (int) element(clean, "max"), null, type);
            }
            if (type == String.class) {
                if (rule(rules, "Slug") != null) {
                    return new ValueRule("slug", 0, null, type);
                }
                Annotation clean = rule(rules, "CleanText");
                if (clean == null) {
                    throw new IllegalStateException(where + ": a string needs @Slug or @CleanText for its schema");
                }
                return new ValueRule((boolean) element(clean, "multiline") ? "cleanMultilineText" : "cleanText",
                        (int) element(clean, "max"), null, type);
            }
            if (type == int.class || type == Integer.class) {
                Annotation min = rule(rules, "Min");
                if (min == null || (long) element(min, "value") != 1) {
                    throw new IllegalStateException(where + ": a whole number needs @Min(1) for its schema");
                }
                return new ValueRule("positiveInteger", 0, null, type);
            }
            if (type == URI.class && rule(rules, "HttpsUrl") == null) {
                throw new IllegalStateException(where + ": a URI needs @HttpsUrl for its schema");
            }
            String def = SCALARS.get(type);
            if (def != null) {
                return new ValueRule(def, 0, null, type);
            }
            if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
                String simple = type.getSimpleName();
                return new ValueRule(simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1), 0, null,
                        type);
            }
            throw new IllegalStateException(where + ": no JSON Schema for a " + type.getName());
        }
    }

    /** The definitions of the value types that need no rule of their own. */
    private static final Map<Class<?>, String> SCALARS = Map.of(URI.class, "httpsUrl", Moment.class, "moment",
            LanguageTag.class, "languageTag", CountryCode.class, "country", Subdivision.class, "subdivision",
            Duration.class, "duration");

    /** @return the schema of one value of the property */
    private Map<String, Object> value(ValueRule rule) {
        if (rule.child != null) {
            Map<String, Object> schema = ref(rule.def + "Nested");
            if (rule.maxLength > 0) {
                Map<String, Object> each = new LinkedHashMap<>();
                for (Property<?, ?> text : rule.child.properties()) {
                    each.put(text.name, textLength(rule.maxLength));
                }
                schema.put("properties", each);
                if (rule.child == Formats.BILINGUAL_TEXT) {
                    schema.put("patternProperties", Map.of(LANGUAGE_KEY, textLength(rule.maxLength)));
                }
            }
            if (rule.published) {
                schema.put("anyOf", List.of(Map.of("required", List.of("id")), Map.of("required", List.of("en"))));
            }
            return schema;
        }
        if (rule.def.equals("languageText")) {
            Map<String, Object> schema = named(rule.def, Map.of());
            schema.putAll(textLength(rule.maxLength));
            return schema;
        }
        Map<String, Object> derived = Map.of();
        if (rule.def.equals("country")) {
            derived = countries();
        } else if (rule.def.equals("subdivision")) {
            valueDefs.put("provinceOfIndonesia", provinces());
            derived = subdivisions();
        } else if (rule.def.equals("provinceEntry")) {
            valueDefs.put("provinceOfIndonesia", provinces());
        } else if (rule.type.isEnum()) {
            List<Object> codes = new ArrayList<>();
            for (Object constant : rule.type.getEnumConstants()) {
                codes.add(((Coded) constant).code());
            }
            Map<String, Object> codeList = new LinkedHashMap<>();
            codeList.put("type", "string");
            codeList.put("enum", codes);
            derived = codeList;
        }
        Map<String, Object> schema = named(rule.def, derived);
        if (rule.maxLength > 0) {
            schema.put("maxLength", (long) rule.maxLength);
        }
        return schema;
    }

    /**
     * The keys of a text's other languages: any key shaped like a language tag of a two- or
     * three-letter language (so that no other type's property names, such as {@code scope}, make
     * a document of another type a text). The reader reads
     * each with the language tag's own rules; {@code id} and {@code en} match too, and are their
     * own properties as well.
     */
    static final String LANGUAGE_KEY = "^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$";

    /** The most characters of a language's text, in either of its forms (a string, or an object's text). */
    private static Map<String, Object> textLength(int max) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("maxLength", (long) max);
        schema.put("properties", Map.of("text", Map.of("maxLength", (long) max)));
        return schema;
    }

    private Map<String, Object> named(String def, Map<String, Object> derived) {
        valueDefs.put(def, derived);
        return ref(def);
    }

    private static Map<String, Object> countries() {
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("type", "string");
        def.put("enum", new ArrayList<Object>(isoCountries()));
        return def;
    }

    private static TreeSet<String> isoCountries() {
        return new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    }

    private static Map<String, Object> provinces() {
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("type", "string");
        def.put("enum", Subdivision.provincesOfIndonesia().stream().map(Subdivision::code)
                .collect(Collectors.toList()));
        return def;
    }

    /** A subdivision: a province of Indonesia, or any other country's code with a suffix. */
    private static Map<String, Object> subdivisions() {
        TreeSet<String> others = isoCountries();
        others.remove(CountryCode.INDONESIA.code());
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("type", "string");
        def.put("anyOf", List.of(ref("provinceOfIndonesia"),
                Map.of("pattern", "^(?:" + String.join("|", others) + ")-[A-Z0-9]{1,3}$")));
        return def;
    }

    /** @return the accessor in the model's {@code Abstract*} type that declares the property's rules */
    static Method accessor(ObjectFormat<?, ?> format, Property<?, ?> property) {
        Class<?> definition = format.type().getSuperclass();
        try {
            return definition.getDeclaredMethod(property.modelName);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(definition.getSimpleName() + " has no accessor " + property.modelName
                    + " for " + name(format) + "." + property.name, e);
        }
    }

    private static Annotation rule(List<Annotation> rules, String simpleName) {
        return rules.stream().filter(a -> a.annotationType().getSimpleName().equals(simpleName)).findFirst()
                .orElse(null);
    }

    /** @return an element of one of core's constraint annotations, which are package-private */
    static Object element(Annotation annotation, String name) {
        try {
            Method element = annotation.annotationType().getDeclaredMethod(name);
            element.setAccessible(true);
            return element.invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("@" + annotation.annotationType().getSimpleName() + " has no " + name,
                    e);
        }
    }

    private Map<String, Object> overlayType(ObjectFormat<?, ?> format) {
        Object type = overlayTypes.get(name(format));
        if (type == null) {
            throw new IllegalStateException("outreach.schema.overlay.json has no types entry " + name(format)
                    + ": give it a description");
        }
        return object(type, name(format));
    }

    private String description(ObjectFormat<?, ?> format) {
        Object description = overlayType(format).get("description");
        if (!(description instanceof String)) {
            throw new IllegalStateException("outreach.schema.overlay.json gives " + name(format) + " no description");
        }
        return (String) description;
    }

    static String name(ObjectFormat<?, ?> format) {
        return format.type().getSimpleName();
    }

    private static Map<String, Object> ref(String def) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("$ref", DEFS + def);
        return ref;
    }

    @SuppressWarnings("unchecked") // JsonTree's objects are maps from names to values
    private static Map<String, Object> object(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException("outreach.schema.overlay.json: " + where + " is not an object");
        }
        return (Map<String, Object>) value;
    }
}
