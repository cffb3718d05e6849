package dev.outreach.conformance;

import dev.outreach.conformance.DocumentShape.Kind;
import dev.outreach.conformance.DocumentShape.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Breaks one thing in a valid document tree, in a way the reader must reject, and says where:
 * the JSON Pointer that the reader's violations must include.
 */
final class DocumentBreaker {

    private static final Set<String> REFERENCES = Set.of("speakerId", "eventId", "partnerIds", "eventIds", "about");

    /** One way of breaking a document. */
    enum Breakage {
        WRONG_TYPE, NULL, UNKNOWN_PROPERTY, BAD_SLUG, BAD_DATE, NOT_POSITIVE, MISSING_REQUIRED, EMPTY_TEXT,
        UNKNOWN_CODE, BAD_URL, BAD_DURATION, BAD_LANGUAGE, BAD_COUNTRY, BAD_SUBDIVISION, BAD_TEXT, UNKNOWN_REFERENCE,
        UNSUPPORTED_VERSION
    }

    /** What was broken and where the reader must report it. */
    static final class Broken {
        final Breakage breakage;
        final String pointer;
        final String detail;

        Broken(Breakage breakage, String pointer, String detail) {
            this.breakage = breakage;
            this.pointer = pointer;
            this.detail = detail;
        }

        @Override
        public String toString() {
            return breakage + " at " + pointer + " (" + detail + ")";
        }
    }

    private DocumentBreaker() {
    }

    /**
     * Breaks one thing of {@code document}, a valid document of {@code rootType}, in place: picks a
     * breakage at random among those the document has a place for.
     */
    static Broken breakOne(Map<String, Object> document, String rootType, SplittableRandom random) {
        List<Place> places = DocumentShape.places(document, rootType);
        Breakage[] all = Breakage.values();
        for (int attempt = 0; attempt < 1000; attempt++) {
            Breakage breakage = all[random.nextInt(all.length)];
            Broken broken = apply(breakage, document, places, random);
            if (broken != null) {
                return broken;
            }
        }
        throw new IllegalStateException("no place to break in " + document);
    }

    /** Applies {@code breakage} at a random place that fits it; null if the document has no such place. */
    static Broken apply(Breakage breakage, Map<String, Object> document, List<Place> places, SplittableRandom random) {
        switch (breakage) {
            case WRONG_TYPE: {
                Place place = pick(places, p -> p.value != null, random);
                return place == null ? null : replace(breakage, place, wrongType(place.value, random));
            }
            case NULL: {
                Place place = pick(places, p -> p.value != null, random);
                return place == null ? null : replace(breakage, place, null);
            }
            case UNKNOWN_PROPERTY: {
                Place place = pick(places, p -> p.value instanceof Map, random);
                Map<String, Object> object = place == null ? document : Trees.map(place.value);
                String pointer = place == null ? "" : place.pointer;
                String name = random.nextBoolean() ? "notAProperty" : "Id";
                object.put(name, 1);
                return new Broken(breakage, pointer + "/" + name, "added " + name);
            }
            case BAD_SLUG:
                return replaceScalar(breakage, places, Kind.SLUG, random,
                        "Not A Slug", "", "a--b", "-a", "a-", "UPPER", "x".repeat(65), "ünï", "a_b");
            case BAD_DATE:
                return replaceScalar(breakage, places, Kind.MOMENT, random, "2022-02-30", "4/10/2022",
                        "2022-10-04T19:00", "2022-10-04T25:00+07:00", "", "2022-10-04T19:00+07:00[Asia/Jakarta]",
                        "tomorrow", "2022-10-04 19:00+07:00", "+1000000000-01-01");
            case NOT_POSITIVE: {
                Place place = pick(places, p -> p.kind() == Kind.POSITIVE && p.value != null, random);
                return place == null ? null
                        : replace(breakage, place, random.nextBoolean() ? 0 : -1 - random.nextInt(1000));
            }
            case MISSING_REQUIRED: {
                Place place = pick(places, p -> p.field.required && p.index < 0 && p.value != null, random);
                if (place == null) {
                    return null;
                }
                place.remove();
                return new Broken(breakage, place.pointer, "removed");
            }
            case EMPTY_TEXT: {
                Place place = pick(places, p -> "BilingualText".equals(p.objectType) && p.value != null, random);
                if (place == null) {
                    return null;
                }
                Trees.map(place.value).clear();
                return new Broken(breakage, place.pointer, "emptied");
            }
            case UNKNOWN_CODE:
                return replaceScalar(breakage, places, Kind.CODE, random, "not-a-code", "Guest", "MINISTRY", "",
                        "x_spaces", "co host");
            case BAD_URL:
                return replaceScalar(breakage, places, Kind.URL, random, "http://example.org/", "ftp://example.org/",
                        "not a url", "https:///path", "mailto:humas@kemlu.go.id", "//example.org/x", "",
                        "https://example.org/" + "a".repeat(2000));
            case BAD_DURATION:
                return replaceScalar(breakage, places, Kind.DURATION, random, "90 menit", "", "P", "PT", "P1DT",
                        "-PT1H", "pt1h", "PT1H30", "PT0S", "P0D", "P8D", "PT168H0.000000001S", "P1W",
                        "PT99999999999999999999H", "PT1." + "0".repeat(70) + "S");
            case BAD_LANGUAGE:
                return replaceScalar(breakage, places, Kind.LANGUAGE, random, "not a tag", "", "x-private", "123",
                        "id_ID", "a".repeat(65));
            case BAD_COUNTRY:
                return replaceScalar(breakage, places, Kind.COUNTRY, random, "XX", "id", "IDN", "", "U$");
            case BAD_SUBDIVISION:
                return replaceScalar(breakage, places, Kind.SUBDIVISION, random, "ID-PP", "ID-XX", "ID-", "id-ba",
                        "XX-01", "ID-BA-1", "US-C@");
            case BAD_TEXT:
                return replaceScalar(breakage, places, Kind.TEXT, random, " padded", "padded ", "", "   ",
                        "tab\there", "nul\u0000", "lone \ud800 surrogate", "bell\u0007", "x".repeat(5001),
                        "line\u2028separator");
            case UNKNOWN_REFERENCE: {
                Place place = pick(places, p -> p.kind() == Kind.SLUG && REFERENCES.contains(p.field.name)
                        && p.value != null && !p.isList(), random);
                return place == null ? null : replace(breakage, place, "no-such-thing-zz9");
            }
            case UNSUPPORTED_VERSION:
                return replaceScalar(breakage, places, Kind.VERSION, random, "2.0", "0.9", "10.0", "");
            default:
                throw new IllegalArgumentException(breakage.toString());
        }
    }

    private static Broken replaceScalar(Breakage breakage, List<Place> places, Kind kind, SplittableRandom random,
            String... values) {
        Place place = pick(places, p -> p.kind() == kind && p.value != null && !p.isList(), random);
        if (place == null) {
            return null;
        }
        return replace(breakage, place, values[random.nextInt(values.length)]);
    }

    private static Broken replace(Breakage breakage, Place place, Object replacement) {
        place.replace(replacement);
        String shown = String.valueOf(replacement);
        return new Broken(breakage, place.pointer, shown.length() > 40 ? shown.substring(0, 40) + "..." : shown);
    }

    /** A value of another JSON type than {@code value}. */
    static Object wrongType(Object value, SplittableRandom random) {
        List<Object> candidates = new ArrayList<>();
        if (!(value instanceof String)) {
            candidates.add("1");
        }
        if (!(value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger)) {
            candidates.add(7);
        }
        candidates.add(1.5);
        candidates.add(random.nextBoolean());
        if (!(value instanceof Map)) {
            candidates.add(new java.util.LinkedHashMap<>(Map.of("id", "x")));
        }
        if (!(value instanceof List)) {
            candidates.add(new ArrayList<>(List.of("x")));
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static Place pick(List<Place> places, Predicate<Place> fits, SplittableRandom random) {
        List<Place> fitting = new ArrayList<>();
        for (Place place : places) {
            if (fits.test(place)) {
                fitting.add(place);
            }
        }
        return fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size()));
    }
}
