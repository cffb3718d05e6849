package dev.outreach.format;

import dev.outreach.core.AttendanceMode;
import dev.outreach.core.Coded;
import dev.outreach.core.CountryCode;
import dev.outreach.core.EventRelationKind;
import dev.outreach.core.EventStatus;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.LiveStatus;
import dev.outreach.core.Moment;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Platform;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.Scope;
import dev.outreach.core.SpeakerRole;
import dev.outreach.core.Subdivision;
import dev.outreach.core.TextDirection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Outreach JSON format of one model type, shared by the Jackson 2 and Jackson 3 modules:
 * they adapt their parser and generator to {@link TokenReader} and {@link TokenWriter}, and
 * this class does the rest, so the format is written once. Not an API for applications: use
 * the Jackson module of your Jackson version.
 *
 * @param <T> the model type
 */
public final class OutreachFormat<T> {

    /** The version of the format this library writes; any 1.x document is read. */
    public static final String VERSION = ObjectFormat.VERSION;
    /** The property that declares the format version, first in the object at the top of an Outreach value. */
    public static final String VERSION_PROPERTY = ObjectFormat.VERSION_PROPERTY;

    private static final List<OutreachFormat<?>> ALL = all0();

    private final Class<T> type;
    /**
     * The type's position in {@code Formats.ALL}, or -1 for a type written as a string. An object
     * type's format is looked up there on each use, and created on the first (see
     * {@code Formats.Lazily}).
     */
    private final int objectIndex;
    /** The codec of a type written as a string; null for an object type. */
    private final Codec<T> codec;

    private OutreachFormat(Class<T> type, Codec<T> codec) {
        this.type = type;
        this.objectIndex = -1;
        this.codec = codec;
    }

    private OutreachFormat(Class<T> type, int objectIndex) {
        this.type = type;
        this.objectIndex = objectIndex;
        this.codec = null;
    }

    /** @return the format of every model type: the objects, the values written as strings, the codes */
    public static List<OutreachFormat<?>> all() {
        return ALL;
    }

    /** @return the model type */
    public Class<T> type() {
        return type;
    }

    /** @return whether the type is written as a JSON object (else as a string) */
    public boolean isObject() {
        return objectIndex >= 0;
    }

    /** @return the properties of an object type, in the order written; empty for a string type */
    public List<String> propertyNames() {
        return names(kind -> true);
    }

    /**
     * @return the properties of an object type as a schema describes them, in the order written;
     *         empty for a type written as a string
     */
    public List<FormatProperty> properties() {
        return isObject() ? FormatProperty.of(objectFormat()) : List.of();
    }

    /** @return the properties an object of this type must have */
    public List<String> requiredPropertyNames() {
        return names(kind -> kind == Property.Kind.REQUIRED);
    }

    /** @return the properties of this type that hold JSON arrays */
    public List<String> listPropertyNames() {
        return names(kind -> kind == Property.Kind.LIST);
    }

    /**
     * @param property a list property of this object type
     * @return the most entries the list may have in a document; a longer one is a violation
     * @throws IllegalArgumentException if the type has no such list property
     */
    public int maxItems(String property) {
        if (isObject()) {
            for (Property<?, ?> p : objectFormat().properties()) {
                if (p.name.equals(property) && p.kind == Property.Kind.LIST) {
                    return p.maxItems();
                }
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no list property " + property);
    }

    private List<String> names(java.util.function.Predicate<Property.Kind> kinds) {
        if (!isObject()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (Property<?, ?> property : objectFormat().properties()) {
            if (kinds.test(property.kind)) {
                names.add(property.name);
            }
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * Reads one value, starting at the reader's current token and leaving the reader on the
     * value's last token. The value is the top of an Outreach value (a document's root, or a
     * value held by an application's own object, list or map), so its object may start with
     * {@value #VERSION_PROPERTY}, whose version is checked; an object nested in it may not.
     *
     * @param reader  the reader, on the value's first token (never a JSON null)
     * @param context where the violations found go
     * @return the value, or null when the context has violations
     * @throws IOException if the input cannot be read or is not well-formed
     */
    public T read(TokenReader reader, ReadContext context) throws IOException {
        if (isObject()) {
            return objectFormat().readTop(reader, context);
        }
        return codec.read(reader, context);
    }

    /**
     * Writes one value.
     *
     * @param value        the value
     * @param writer       the writer
     * @param writeVersion whether a root object starts with {@value #VERSION_PROPERTY}
     * @throws IOException if the output cannot be written
     */
    public void write(T value, TokenWriter writer, boolean writeVersion) throws IOException {
        if (!isObject()) {
            codec.write(value, writer);
        } else if (writeVersion && writer.atRoot()) {
            objectFormat().writeRoot(value, writer);
        } else {
            objectFormat().write(value, writer);
        }
    }

    /**
     * Gives the text of a value of a type written as a string, the same text a value of it is
     * written as: for a map key.
     *
     * @param value the value
     * @return its text
     * @throws IllegalStateException if the type is written as an object
     */
    public String keyText(T value) {
        if (isObject()) {
            throw new IllegalStateException(type.getSimpleName() + " is not written as a string");
        }
        try {
            return MapKeys.text(codec, value);
        } catch (IOException e) {
            throw new IllegalStateException("a text codec writes no I/O", e);
        }
    }

    /**
     * Reads a map key of a type written as a string, by the rules a value of it is read by.
     *
     * @param key      the key's text
     * @param location the key's place in the document: the segments of its JSON Pointer, the
     *                 key itself last
     * @param context  where what is wrong with it goes, at {@code location}
     * @return the value, or null when the key was reported as bad
     * @throws IllegalStateException if the type is written as an object
     */
    public T readKey(String key, List<Object> location, ReadContext context) {
        if (isObject()) {
            throw new IllegalStateException(type.getSimpleName() + " is not written as a string");
        }
        try {
            return MapKeys.read(codec, key, location, context);
        } catch (IOException e) {
            throw new IllegalStateException("a key is read from memory", e);
        }
    }

    /** @return the JSON Schema (draft 2020-12) of the format */
    public static String schema() {
        try (InputStream in = OutreachFormat.class.getResourceAsStream("outreach.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the schema resource is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "OutreachFormat[" + type.getSimpleName() + "]";
    }

    /**
     * @return the format of an object type, created on first use; the formats of other types
     *         are created only when they are used
     */
    @SuppressWarnings("unchecked") // Formats.Lazily.format(i) is the format of Formats.Lazily.TYPES.get(i), the type
    private ObjectFormat<?, T> objectFormat() {
        return (ObjectFormat<?, T>) Formats.Lazily.format(objectIndex);
    }

    private static List<OutreachFormat<?>> all0() {
        List<OutreachFormat<?>> all = new ArrayList<>();
        for (int i = 0; i < Formats.Lazily.TYPES.size(); i++) {
            all.add(of(Formats.Lazily.TYPES.get(i), i));
        }
        all.add(new OutreachFormat<>(Moment.class, Codecs.MOMENT));
        all.add(new OutreachFormat<>(LanguageTag.class, Codecs.LANGUAGE));
        all.add(new OutreachFormat<>(CountryCode.class, Codecs.COUNTRY));
        all.add(new OutreachFormat<>(Subdivision.class, Codecs.SUBDIVISION));
        all.add(code(Platform.class));
        all.add(code(SpeakerRole.class));
        all.add(code(OrganizationKind.class));
        all.add(code(Scope.class));
        all.add(code(PartnerRole.class));
        all.add(code(EventRelationKind.class));
        all.add(code(AttendanceMode.class));
        all.add(code(EventStatus.class));
        all.add(code(LiveStatus.class));
        all.add(code(QuoteForm.class));
        all.add(code(TextDirection.class));
        return Collections.unmodifiableList(all);
    }

    private static <T> OutreachFormat<T> of(Class<T> type, int objectIndex) {
        return new OutreachFormat<>(type, objectIndex);
    }

    private static <E extends Enum<E> & Coded> OutreachFormat<E> code(Class<E> type) {
        return new OutreachFormat<>(type, Codecs.code(type));
    }
}
