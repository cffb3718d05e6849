package dev.outreach.format;

import dev.outreach.core.InvalidContentException;
import dev.outreach.core.PropertyRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON form of one model type: its properties in document order, read into the type's
 * builder and written from its accessors. Reading reports every problem it meets and goes on,
 * so that one read finds all of a document's violations; a value is built only when nothing
 * inside it was wrong, so no partial value is ever returned.
 *
 * @param <B> the builder type
 * @param <T> the value type
 */
final class ObjectFormat<B, T> implements Codec<T> {

    /** The property that declares the format version at the top of an Outreach value. */
    static final String VERSION_PROPERTY = "outreachFormat";
    /** The version of the format written by this module. */
    static final String VERSION = "1.1";
    private static final Name VERSION_NAME = new Name(VERSION_PROPERTY);

    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<B, T>> properties;
    private final Map<String, Property<B, T>> byName;
    /** Each property's name, by index: the format's own constants, which an interning parser gives back. */
    private final String[] names;
    /**
     * Each property's name as a parser last gave it, by index: a parser that canonicalises names
     * without interning them (Jackson 3's, by default) gives the same instance every time, which
     * is then found as fast. Written racily; a String is safe to share so.
     */
    private final String[] namesSeen;
    private final Map<String, String> jsonNames;
    /** Each property's own limit on the length of its text (a title's 200), or 0 for none. */
    private final int[] maxLengths;
    /** The keys beside the declared properties, or null for an object with declared properties only. */
    private final OpenKeys<B, T> openKeys;

    /**
     * The keys of an object beyond its declared properties, such as a text's languages: each key
     * names one entry, read and written here rather than as a property.
     *
     * @param <B> the builder type
     * @param <T> the value type
     */
    interface OpenKeys<B, T> {
        /** @return the declared property a key stands for ({@code id} for {@code in}), or null for an open key */
        String declared(String key);

        /** @return a reader of the open keys of one object */
        OpenKeyReader<B> reader();

        /** Writes the open keys of {@code value}, after its declared properties. */
        void write(T value, TokenWriter generator) throws IOException;
    }

    /**
     * Reads the open keys of one object.
     *
     * @param <B> the builder type
     */
    interface OpenKeyReader<B> {
        /**
         * Reads the value of one open key, reporting what is wrong at the key's place.
         *
         * @param key      the key
         * @param token    the value's first token (maybe a JSON null)
         * @param parser   the reader, on that token; left on the value's last token
         * @param context  where violations go
         * @param declared how many declared properties were read so far
         * @return whether the entry was read
         */
        boolean read(String key, Token token, TokenReader parser, ReadContext context, int declared)
                throws IOException;

        /** Puts the entries read on the builder. */
        void apply(B builder);
    }

    @SafeVarargs
    ObjectFormat(Class<T> type, Supplier<B> newBuilder, Function<B, T> build, Property<B, T>... properties) {
        this(type, newBuilder, build, null, properties);
    }

    @SafeVarargs
    ObjectFormat(Class<T> type, Supplier<B> newBuilder, Function<B, T> build, OpenKeys<B, T> openKeys,
            Property<B, T>... properties) {
        this.openKeys = openKeys;
        if (properties.length > 64) {
            throw new IllegalArgumentException("at most 64 properties");
        }
        this.type = type;
        this.newBuilder = newBuilder;
        this.build = build;
        List<Property<B, T>> list = new ArrayList<>(properties.length);
        this.byName = new HashMap<>();
        this.jsonNames = new HashMap<>();
        this.maxLengths = new int[properties.length];
        this.names = new String[properties.length];
        this.namesSeen = new String[properties.length];
        for (int i = 0; i < properties.length; i++) {
            list.add(properties[i]);
            names[i] = properties[i].name;
            byName.put(properties[i].name, properties[i]);
            jsonNames.put(properties[i].modelName, properties[i].name);
            if (properties[i].index != -1) {
                throw new IllegalArgumentException(properties[i].name + " belongs to another format");
            }
            properties[i].index = i;
            maxLengths[i] = PropertyRules.maxLength(type, properties[i].modelName).orElse(0);
        }
        // Copied element by element: handing the varargs array itself to List.of would let it
        // escape, which the compiler's varargs lint reports.
        this.properties = List.copyOf(list);
    }

    Class<T> type() {
        return type;
    }

    List<Property<B, T>> properties() {
        return properties;
    }

    /** Reads a value nested in another Outreach value: the format version marker is not one of its properties. */
    @Override
    public T read(TokenReader parser, ReadContext context) throws IOException {
        return read(parser, context, false);
    }

    /**
     * Reads a value at the top of an Outreach value: the root of a document, or a value that an
     * application's own object or collection holds. Only there may the object start with the
     * format version marker, whose version is checked.
     */
    T readTop(TokenReader parser, ReadContext context) throws IOException {
        return read(parser, context, true);
    }

    private T read(TokenReader parser, ReadContext context, boolean top) throws IOException {
        if (parser.token() != Token.START_OBJECT) {
            context.report(parser, "outreach.document.expectedObject");
            parser.skipChildren();
            return null;
        }
        int before = context.count();
        long seen = 0;
        Object[] values = new Object[properties.size()];
        OpenKeyReader<B> open = null; // made at the first open key: most objects have none
        int next = 0; // where the next property most likely is: documents list them in order
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            Token token = parser.next();
            Property<B, T> property = find(name, next, context);
            // The version marker is never an open key: read at the top, unknown anywhere else.
            if (property == null && openKeys != null && !VERSION_PROPERTY.equals(name)) {
                String declared = openKeys.declared(name);
                if (declared == null) {
                    if (open == null) {
                        open = openKeys.reader();
                    }
                    open.read(name, token, parser, context, Long.bitCount(seen));
                    continue;
                }
                property = byName.get(declared);
            }
            if (property == null) {
                if (top && VERSION_PROPERTY.equals(name)) {
                    checkVersion(parser, context);
                } else if (context.failOnUnknownProperties()) {
                    context.report(parser, "outreach.document.unknownProperty");
                }
                parser.skipChildren();
                continue;
            }
            int index = property.index;
            next = index + 1;
            long bit = 1L << index;
            if ((seen & bit) != 0) {
                context.report(parser, "outreach.document.duplicateProperty");
                parser.skipChildren();
                continue;
            }
            seen |= bit;
            if (token == Token.NULL) {
                context.report(parser, "outreach.document.null");
            } else {
                int kept = context.kept();
                values[index] = property.read(parser, context);
                if (maxLengths[index] > 0) { // a title's text too long: name the title's limit, not the text's
                    context.tightenTextLimit(kept, maxLengths[index]);
                }
            }
        }
        if (context.count() == before) {
            B builder = newBuilder.get();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    properties.get(i).apply(builder, values[i]);
                }
            }
            if (open != null) {
                open.apply(builder);
            }
            try {
                return build.apply(builder);
            } catch (InvalidContentException e) {
                context.reportAll(parser.location(), e.violations(), this::jsonName);
                return null;
            }
        }
        // Something inside was wrong, so the value is not built. Still report what is wrong with
        // the properties that were read: missing required ones, and values that break the rules
        // declared on their property (a title's length, say). Rules between properties wait
        // until the value can be built.
        List<Object> location = parser.location();
        for (int i = 0; i < properties.size(); i++) {
            Property<B, T> property = properties.get(i);
            long bit = 1L << i;
            if (property.kind == Property.Kind.REQUIRED && (seen & bit) == 0) {
                context.reportProperty(location, property.name, "outreach.required");
            } else if (values[i] != null) {
                context.reportAll(location,
                        PropertyRules.check(type, property.modelName, property.asModelValue(values[i])),
                        this::jsonName);
            }
        }
        return null;
    }

    /**
     * Finds the property a name stands for: first by identity, from {@code from} on, with the
     * format's own names (which an interning parser returns) and the instances a parser returned
     * before; else by the name's text.
     *
     * @param context counts the names looked up by their text
     * @return the property, or null for a name that is none of this format's
     */
    Property<B, T> find(String name, int from, ReadContext context) {
        String[] own = names;
        String[] returned = namesSeen;
        int n = own.length;
        for (int i = from; i < n; i++) {
            if (own[i] == name || returned[i] == name) {
                return properties.get(i);
            }
        }
        for (int i = 0; i < from; i++) {
            if (own[i] == name || returned[i] == name) {
                return properties.get(i);
            }
        }
        context.namesByText++;
        Property<B, T> property = byName.get(name);
        if (property != null) {
            returned[property.index] = name;
        }
        return property;
    }

    private static void checkVersion(TokenReader parser, ReadContext context) throws IOException {
        boolean unquotedInYaml = parser.token() == Token.DECIMAL && parser.readsYaml();
        if (parser.token() != Token.STRING && !unquotedInYaml) {
            context.report(parser, "outreach.document.expectedString");
            return;
        }
        String version = parser.text();
        if (!isVersion1(version)) {
            context.report(parser, "outreach.document.unsupportedVersion");
        }
    }

    /** Whether the version is {@code 1.<minor>}, the minor version one to nine digits. */
    static boolean isVersion1(String version) {
        if (version.length() < 3 || version.length() > 11 || !version.startsWith("1.")) {
            return false;
        }
        for (int i = 2; i < version.length(); i++) {
            if (version.charAt(i) < '0' || version.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private String jsonName(String modelName) {
        return jsonNames.getOrDefault(modelName, modelName);
    }

    @Override
    public void write(T value, TokenWriter generator) throws IOException {
        write(value, generator, false);
    }

    /** Writes {@code value} as a document root: the format version first, then the properties. */
    void writeRoot(T value, TokenWriter generator) throws IOException {
        write(value, generator, true);
    }

    private void write(T value, TokenWriter generator, boolean root) throws IOException {
        generator.startObject(value);
        if (root) {
            generator.name(VERSION_NAME);
            generator.string(VERSION);
        }
        List<Property<B, T>> all = properties;
        for (int i = 0, n = all.size(); i < n; i++) {
            all.get(i).write(value, generator);
        }
        if (openKeys != null) {
            openKeys.write(value, generator);
        }
        generator.endObject();
    }

    @Override
    public String toString() {
        return type.getSimpleName() + Arrays.toString(properties.stream().map(p -> p.name).toArray());
    }
}
