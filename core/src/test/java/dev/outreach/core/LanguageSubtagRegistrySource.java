package dev.outreach.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Derives core's {@code language-subtags.txt} from the IANA Language Subtag Registry as the npm
 * package {@code language-subtag-registry} carries it (CC0; {@code data/json/registry.json} and
 * {@code meta.json}, kept in core's test resources). {@link LanguageSubtagsResourceTest} checks
 * that the shipped resource is exactly what this derives; to take a newer registry, replace the
 * two test resources (and {@link #PACKAGE}) and run {@link #main} from core's directory.
 */
final class LanguageSubtagRegistrySource {

    /** The npm package and version the data comes from. */
    static final String PACKAGE = "language-subtag-registry-0.4.2";

    /** The types of subtag that a Java locale keeps and the resource lists, in its order. */
    private static final List<String> TYPES = List.of("language", "script", "region", "variant");

    private LanguageSubtagRegistrySource() {
    }

    /**
     * Writes the resource.
     *
     * @param args unused
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of("src/main/resources/dev/outreach/core/language-subtags.txt"), derive(),
                StandardCharsets.UTF_8);
    }

    /** @return the resource's text, derived from the test resources */
    static String derive() {
        String meta = read(PACKAGE + ".meta.json", false);
        String registry = read(PACKAGE + ".json.gz", true);
        @SuppressWarnings("unchecked") // a JSON object is read as a map of strings to values
        Map<String, Object> dates = (Map<String, Object>) new Json(meta).value();
        return derive((String) dates.get("File-Date"), (List<?>) new Json(registry).value());
    }

    static String derive(String fileDate, List<?> records) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (String type : TYPES) {
            byType.put(type, new ArrayList<>());
        }
        for (Object item : records) {
            Map<?, ?> record = (Map<?, ?>) item;
            List<String> subtags = byType.get(record.get("Type"));
            if (subtags == null) {
                continue; // extlang, grandfathered, redundant: java.util.Locale reads them as other tags
            }
            String subtag = ((String) record.get("Subtag")).toLowerCase(Locale.ROOT);
            Object preferred = record.get("Preferred-Value");
            subtags.add(record.containsKey("Deprecated") && preferred != null
                    ? subtag + ">" + ((String) preferred).toLowerCase(Locale.ROOT)
                    : subtag);
        }
        StringBuilder out = new StringBuilder();
        out.append("# The IANA Language Subtag Registry (CC0 data of the npm package ").append(PACKAGE)
                .append("),\n# as LanguageTag checks tags against it. Derived by LanguageSubtagRegistrySource in")
                .append(" core's tests;\n# do not edit. A line: a type, then its subtags in lowercase;")
                .append(" a..b is a range,\n# x>y a deprecated subtag and its Preferred-Value.\n");
        out.append("File-Date ").append(fileDate).append('\n');
        byType.forEach((type, subtags) -> out.append(type).append(' ').append(String.join(" ", subtags)).append('\n'));
        return out.toString();
    }

    private static String read(String name, boolean gzipped) {
        try (InputStream in = LanguageSubtagRegistrySource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            InputStream source = gzipped ? new GZIPInputStream(in) : in;
            return new String(source.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader of the JSON the registry is written in: objects, arrays and strings (nothing else occurs). */
    static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new TreeMap<>();
                at++;
                while (next() != '}') {
                    String key = string();
                    expect(':');
                    object.put(key, value());
                    if (next() == ',') {
                        at++;
                    }
                }
                at++;
                return object;
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                while (next() != ']') {
                    array.add(value());
                    if (next() == ',') {
                        at++;
                    }
                }
                at++;
                return array;
            }
            return string();
        }

        private char next() {
            skipSpace();
            return text.charAt(at);
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("expected " + c + " at " + at);
            }
            at++;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    if (escaped == 'u') {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    } else {
                        out.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private void skipSpace() {
            while (Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
