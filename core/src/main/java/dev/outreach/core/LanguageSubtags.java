package dev.outreach.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The subtags of the IANA Language Subtag Registry that {@link LanguageTag} checks a tag's
 * language, script, region and variants against, read once from {@code language-subtags.txt}
 * (derived from the registry; see that file's header) on first use, thread-safely.
 */
final class LanguageSubtags {

    private static final String RESOURCE = "language-subtags.txt";

    private final LocalDate fileDate;
    /** Keyed by type and subtag in lowercase ({@code "region:bu"}); the value is the Preferred-Value, or the subtag. */
    private final Map<String, String> subtags;

    private LanguageSubtags(LocalDate fileDate, Map<String, String> subtags) {
        this.fileDate = fileDate;
        this.subtags = subtags;
    }

    /** Initialization-on-demand holder: the registry is read once, on first use. */
    private static final class Holder {
        static final LanguageSubtags REGISTRY = load();
    }

    static LanguageSubtags registry() {
        return Holder.REGISTRY;
    }

    /** @return the registry's File-Date */
    LocalDate fileDate() {
        return fileDate;
    }

    /**
     * @param type   {@code language}, {@code script}, {@code region} or {@code variant}
     * @param subtag the subtag, in any case
     * @return the subtag to use in lowercase (its Preferred-Value if it is deprecated and has one),
     *         or null if the registry has no such subtag
     */
    String lookUp(String type, String subtag) {
        return subtags.get(type + ':' + subtag.toLowerCase(Locale.ROOT));
    }

    private static LanguageSubtags load() {
        try (InputStream in = LanguageSubtags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the library's " + RESOURCE + " is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LanguageSubtags read(BufferedReader reader) throws IOException {
        LocalDate fileDate = null;
        Map<String, String> subtags = new HashMap<>(16_384);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(" ");
            if (fields[0].equals("File-Date")) {
                fileDate = LocalDate.parse(fields[1]);
                continue;
            }
            for (int i = 1; i < fields.length; i++) {
                add(subtags, fields[0], fields[i]);
            }
        }
        if (fileDate == null) {
            throw new IllegalStateException("the library's " + RESOURCE + " has no File-Date");
        }
        return new LanguageSubtags(fileDate, subtags);
    }

    private static void add(Map<String, String> subtags, String type, String entry) {
        int range = entry.indexOf("..");
        if (range > 0) { // a private-use range such as qaa..qtz: every subtag from the first to the last
            String last = entry.substring(range + 2);
            for (String subtag = entry.substring(0, range); ; subtag = successor(subtag)) {
                subtags.put(type + ':' + subtag, subtag);
                if (subtag.equals(last)) {
                    break;
                }
            }
            return;
        }
        int preferred = entry.indexOf('>');
        String subtag = preferred > 0 ? entry.substring(0, preferred) : entry;
        subtags.put(type + ':' + subtag, preferred > 0 ? entry.substring(preferred + 1) : subtag);
    }

    /** @return the next string of lowercase letters of the same length ({@code qaz} to {@code qba}) */
    static String successor(String subtag) {
        char[] letters = subtag.toCharArray();
        int i = letters.length - 1;
        while (letters[i] == 'z') {
            letters[i--] = 'a';
        }
        letters[i]++;
        return new String(letters);
    }
}
