package dev.outreach.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each place of an Outreach document holds, as the tests see the format (written down
 * here again on purpose, not read from the module; {@link DocumentShapeTest} keeps it equal to
 * the module's definitions): for each object type, its properties,
 * whether they are required, lists, and what kind of value they hold. Used to find every
 * place of a document and break it in a way that must be rejected.
 */
final class DocumentShape {

    /** The kinds of value a place holds. */
    enum Kind {
        /** Clean text. */
        TEXT,
        /** An identifier or a reference to one. */
        SLUG,
        /** A day or date-time with offset. */
        MOMENT,
        /** A whole number, 1 or more. */
        POSITIVE,
        /** A stable lowercase code of an enum. */
        CODE,
        /** An https URL. */
        URL,
        /** An ISO 8601 duration such as PT1H30M. */
        DURATION,
        /** A BCP 47 language tag. */
        LANGUAGE,
        /** An ISO 3166-1 country code. */
        COUNTRY,
        /** An ISO 3166-2 subdivision code. */
        SUBDIVISION,
        /** The format version at the root. */
        VERSION,
        /** An object of {@link Field#objectType}. */
        OBJECT
    }

    /** One property of an object type. */
    static final class Field {
        final String name;
        final boolean required;
        final boolean list;
        final Kind kind;
        final String objectType;

        Field(String name, boolean required, boolean list, Kind kind, String objectType) {
            this.name = name;
            this.required = required;
            this.list = list;
            this.kind = kind;
            this.objectType = objectType;
        }
    }

    private static Field required(String name, Kind kind) {
        return new Field(name, true, false, kind, null);
    }

    private static Field required(String name, String objectType) {
        return new Field(name, true, false, Kind.OBJECT, objectType);
    }

    private static Field optional(String name, Kind kind) {
        return new Field(name, false, false, kind, null);
    }

    private static Field optional(String name, String objectType) {
        return new Field(name, false, false, Kind.OBJECT, objectType);
    }

    private static Field list(String name, Kind kind) {
        return new Field(name, false, true, kind, null);
    }

    private static Field list(String name, String objectType) {
        return new Field(name, false, true, Kind.OBJECT, objectType);
    }

    static final Map<String, List<Field>> TYPES = Map.ofEntries(
            Map.entry("BilingualText", List.of(optional("id", Kind.TEXT), optional("en", Kind.TEXT))),
            Map.entry("Organization", List.of(required("id", Kind.SLUG), required("name", "BilingualText"),
                    optional("acronym", Kind.TEXT), required("kind", Kind.CODE), optional("scope", Kind.CODE),
                    list("provinces", Kind.SUBDIVISION), optional("website", Kind.URL),
                    optional("hostCountry", Kind.COUNTRY), optional("parentOrganization", "Organization"))),
            Map.entry("Person", List.of(required("id", Kind.SLUG), required("name", Kind.TEXT),
                    optional("honorificPrefix", Kind.TEXT), optional("jobTitle", "BilingualText"),
                    optional("affiliation", "Organization"))),
            Map.entry("Speaker", List.of(required("person", "Person"), required("role", Kind.CODE))),
            Map.entry("Quote", List.of(required("speakerId", Kind.SLUG), required("text", "BilingualText"),
                    required("language", Kind.LANGUAGE), optional("form", Kind.CODE), optional("saidAt", Kind.MOMENT),
                    optional("source", Kind.URL))),
            Map.entry("Recording", List.of(required("url", Kind.URL), optional("duration", Kind.DURATION),
                    optional("transcript", Kind.URL), optional("transcriptLanguage", Kind.LANGUAGE))),
            Map.entry("Episode", List.of(required("id", Kind.SLUG), required("number", Kind.POSITIVE),
                    required("title", "BilingualText"), optional("description", "BilingualText"),
                    optional("aired", Kind.MOMENT), optional("ended", Kind.MOMENT), optional("duration", Kind.DURATION),
                    optional("status", Kind.CODE), optional("platform", Kind.CODE), optional("url", Kind.URL),
                    optional("recording", "Recording"), list("speakers", "Speaker"), list("quotes", "Quote"),
                    list("partnerIds", Kind.SLUG), list("eventIds", Kind.SLUG))),
            Map.entry("Partner", List.of(required("organization", "Organization"), required("role", Kind.CODE))),
            Map.entry("Program", List.of(required("id", Kind.SLUG), required("name", "BilingualText"),
                    optional("description", "BilingualText"), required("organizer", "Organization"),
                    required("platform", Kind.CODE), optional("url", Kind.URL), list("partners", "Partner"),
                    list("episodes", "Episode"))),
            Map.entry("Place", List.of(optional("name", "BilingualText"), optional("locality", Kind.TEXT),
                    optional("subdivision", Kind.SUBDIVISION), required("country", Kind.COUNTRY))),
            Map.entry("EventRelation", List.of(required("kind", Kind.CODE), required("eventId", Kind.SLUG))),
            Map.entry("Event", List.of(required("id", Kind.SLUG), required("name", "BilingualText"),
                    optional("acronym", Kind.TEXT), optional("edition", Kind.POSITIVE), optional("theme", "BilingualText"),
                    optional("description", "BilingualText"), optional("start", Kind.MOMENT),
                    optional("end", Kind.MOMENT), optional("location", "Place"), optional("attendanceMode", Kind.CODE),
                    optional("status", Kind.CODE), list("organizers", "Organization"),
                    list("relations", "EventRelation"), optional("url", Kind.URL))),
            Map.entry("Commentary", List.of(required("commentator", "Person"), optional("summary", "BilingualText"),
                    optional("setting", "BilingualText"), list("quotes", "Quote"))),
            Map.entry("Coverage", List.of(required("outlet", Kind.TEXT), optional("headline", "BilingualText"),
                    optional("dateline", Kind.TEXT), optional("byline", Kind.TEXT), optional("published", Kind.MOMENT),
                    required("language", Kind.LANGUAGE), optional("url", Kind.URL), list("about", Kind.SLUG),
                    list("commentaries", "Commentary"))),
            Map.entry("Dossier", List.of(list("programs", "Program"),
                    list("events", "Event"), list("coverage", "Coverage"))));

    /** A place in a document: a value, or the place of a property an object leaves out. */
    static final class Place {
        /** The JSON Pointer of the value (or of the absent property). */
        final String pointer;
        /** The object (a map) or array (a list) that holds the value. */
        final Object container;
        /** The property name, for a value in an object. */
        final String name;
        /** The index, for a value in an array; -1 in an object. */
        final int index;
        /** The field of the object type that the place belongs to. */
        final Field field;
        /** The object type of the place itself when it holds an object, else null. */
        final String objectType;
        /** The value (plain: a map, list, string, number or boolean), or null for a property the object leaves out. */
        final Object value;

        Place(String pointer, Object container, String name, int index, Field field, String objectType,
                Object value) {
            this.pointer = pointer;
            this.container = container;
            this.name = name;
            this.index = index;
            this.field = field;
            this.objectType = objectType;
            this.value = value;
        }

        /** @return the kind of value at the place (for a list, of its elements or the list itself) */
        Kind kind() {
            return field.kind;
        }

        /** @return whether the place is a list as a whole (not one of its elements) */
        boolean isList() {
            return field.list && index < 0;
        }

        /** Puts {@code replacement} at the place. */
        void replace(Object replacement) {
            if (index >= 0) {
                Trees.list(container).set(index, replacement);
            } else {
                Trees.map(container).put(name, replacement);
            }
        }

        /** Removes the property of the place from its object. */
        void remove() {
            Trees.map(container).remove(name);
        }

        @Override
        public String toString() {
            return pointer + " (" + (objectType != null ? objectType : field.kind) + ")";
        }
    }

    private DocumentShape() {
    }

    /**
     * Every place of a document whose root is of {@code rootType}: each value, each list and
     * each of its elements, and each property an object leaves out (with a null value).
     */
    static List<Place> places(Object root, String rootType) {
        List<Place> places = new ArrayList<>();
        walk(root, rootType, "", places);
        return places;
    }

    /** The format version, which any document's root object may start with. */
    private static final Field VERSION = optional("outreachFormat", Kind.VERSION);

    /**
     * The fields of a language map: {@code id} and {@code en}, and each other language it has as
     * a text of its own; a language given as an object with its direction is left out (its text
     * is not one of the shapes' kinds of value).
     */
    private static List<Field> languages(Map<String, Object> object, List<Field> declared) {
        List<Field> fields = new ArrayList<>();
        for (Field field : declared) {
            if (!(object.get(field.name) instanceof Map)) {
                fields.add(field);
            }
        }
        for (Map.Entry<String, Object> entry : object.entrySet()) {
            if (!(entry.getValue() instanceof Map) && fields.stream().noneMatch(f -> f.name.equals(entry.getKey()))) {
                fields.add(optional(entry.getKey(), Kind.TEXT));
            }
        }
        return fields;
    }

    private static void walk(Object node, String type, String pointer, List<Place> places) {
        Map<String, Object> object = Trees.map(node);
        List<Field> fields = TYPES.get(type);
        if (fields == null) {
            throw new IllegalArgumentException("no such type: " + type);
        }
        if (pointer.isEmpty()) {
            List<Field> withVersion = new ArrayList<>();
            withVersion.add(VERSION);
            withVersion.addAll(fields);
            fields = withVersion;
        }
        if (type.equals("BilingualText")) {
            fields = languages(object, fields);
        }
        for (Field field : fields) {
            String at = pointer + "/" + field.name;
            Object value = object.get(field.name);
            places.add(new Place(at, object, field.name, -1, field, field.list ? null : field.objectType, value));
            if (value == null) {
                continue;
            }
            if (field.list) {
                List<Object> list = Trees.list(value);
                for (int i = 0; i < list.size(); i++) {
                    places.add(new Place(at + "/" + i, value, null, i, field, field.objectType, list.get(i)));
                    if (field.kind == Kind.OBJECT) {
                        walk(list.get(i), field.objectType, at + "/" + i, places);
                    }
                }
            } else if (field.kind == Kind.OBJECT) {
                walk(value, field.objectType, at, places);
            }
        }
        List<Field> known = fields;
        for (String name : object.keySet()) {
            if (!type.equals("BilingualText") && known.stream().noneMatch(f -> f.name.equals(name))) {
                throw new IllegalStateException("the shape does not know " + pointer + "/" + name);
            }
        }
    }
}
