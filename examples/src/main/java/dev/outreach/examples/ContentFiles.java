package dev.outreach.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.outreach.core.Violation;
import dev.outreach.jackson.InvalidDocumentException;
import dev.outreach.jackson.OutreachJson;
import dev.outreach.jackson.OutreachModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads content files (JSON or YAML, by extension) into Outreach values, and writes values back
 * in either format. Every way a file can fail ends as lines a person can act on, never as a
 * stack trace: the model's violations with their JSON Pointers, or one line about the file.
 */
final class ContentFiles {

    private final Language language;
    private final long maxSize;
    private final ToolText text;
    private final OutreachModule module;
    private final JsonMapper json;
    /** Created when a YAML file is first read or written: a JSON file needs none of YAML's classes. */
    private YAMLMapper yaml;

    ContentFiles(Language language) {
        this(language, FileSize.DEFAULT);
    }

    /**
     * @param language the language of the lines reported
     * @param maxSize  the largest file to read, in bytes
     */
    ContentFiles(Language language, long maxSize) {
        this.language = language;
        this.maxSize = maxSize;
        this.text = ToolText.of(language);
        this.module = new OutreachModule().withMessageLocale(language.locale());
        this.json = OutreachJson.harden(JsonMapper.builder(), false).addModule(module).build();
    }

    /**
     * A YAML mapper on {@link OutreachJson#hardenedYamlFactory()} (the read limits, documents of
     * up to {@value OutreachJson#MAX_YAML_LENGTH} characters, byte-order marks), hardened like
     * {@link OutreachJson#hardenedMapper()}, with the given module.
     */
    static YAMLMapper yamlMapper(OutreachModule module) {
        return OutreachJson.harden(YAMLMapper.builder(OutreachJson.hardenedYamlFactory()), false)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                // Long quotes stay on one line, as a person would write them.
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .addModule(module).build();
    }

    /** What reading one file gave. */
    sealed interface Outcome permits Loaded, Rejected, Failed {
    }

    /** The file holds valid content. */
    record Loaded(Object value, RootType type) implements Outcome {
    }

    /** The file was read but does not hold valid content: one line per problem. */
    record Rejected(List<String> lines) implements Outcome {
    }

    /** The file could not be read at all (missing, a directory, no known extension). */
    record Failed(String line) implements Outcome {
    }

    /**
     * Reads one file.
     *
     * @param name the file as the user named it; it starts every line reported about the file
     * @param type the type to read it as, or {@code null} to tell it from the document
     * @return the value, or what is wrong with the file
     */
    Outcome read(String name, RootType type) {
        Optional<ContentFormat> format = ContentFormat.ofFileName(name);
        if (format.isEmpty()) {
            return new Failed(line(name, text.format("file.unknownFormat")));
        }
        try {
            return readFile(name, format.get(), type);
        } catch (OutOfMemoryError e) {
            // A file under a raised --max-size whose content does not fit this JVM's heap: it is
            // too large here, what it took is garbage again, and the next file is still checked.
            return new Failed(line(name, text.format("file.tooLargeForMemory")));
        }
    }

    private Outcome readFile(String name, ContentFormat format, RootType type) {
        byte[] bytes;
        try {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                return new Failed(line(name, text.format("file.directory")));
            }
            // Only a regular file (after symbolic links) is opened: a device such as /dev/zero
            // never ends, and opening a named pipe waits for a writer.
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                return new Failed(line(name, text.format("file.notRegular")));
            }
            bytes = readAtMost(path, maxSize);
            if (bytes == null) {
                return new Failed(line(name, text.format("file.tooLarge", Map.of("max", maxSize))));
            }
        } catch (NoSuchFileException e) {
            return new Failed(line(name, text.format("file.missing")));
        } catch (AccessDeniedException e) {
            return new Failed(line(name, text.format("file.unreadable", Map.of("reason", "permission denied"))));
        } catch (IOException | InvalidPathException e) {
            return new Failed(line(name, text.format("file.unreadable", Map.of("reason", String.valueOf(e.getMessage())))));
        }
        return read(name, bytes, format, type);
    }

    /**
     * @return the file's bytes, or null if it has more than {@code max} (also when it grows while read)
     */
    private static byte[] readAtMost(Path path, long max) throws IOException {
        if (Files.size(path) > max) {
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 16));
            return in.read() == -1 ? bytes : null;
        }
    }

    private Outcome read(String name, byte[] bytes, ContentFormat format, RootType forced) {
        ObjectMapper mapper = mapper(format);
        Peek peek = Peek.of(mapper.getFactory(), bytes);
        RootType type = forced != null ? forced : RootType.detect(peek.names());
        try {
            Object value = mapper.readerFor(type.type()).readValue(bytes);
            return new Loaded(value, type);
        } catch (InvalidDocumentException e) {
            List<String> lines = new ArrayList<>(e.violations().size() + 1);
            for (Violation violation : e.violations()) {
                lines.add(violationLine(name, violation));
            }
            if (e.omitted() > 0) {
                lines.add(line(name, Violation.omittedLine(e.omitted(), language.locale())));
            }
            return new Rejected(lines);
        } catch (JsonProcessingException e) {
            // Jackson's own errors before or after the Outreach object: no document, not
            // JSON/YAML at all, or a second document after the first.
            if (peek.empty()) {
                return new Rejected(List.of(line(name, text.format("file.empty"))));
            }
            if (peek.trailing() != null) {
                return new Rejected(List.of(line(name, text.format("file.trailing",
                        position(peek.trailing())))));
            }
            Map<String, Object> parameters = position(e.getLocation());
            parameters.put("format", format.displayName());
            return new Rejected(List.of(line(name, text.format("file.notDocument", parameters))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name      the file as the user named it
     * @param violation one violation of the file's content
     * @return {@code FILE: /json/pointer: message}, with {@code /} for the document itself
     */
    String violationLine(String name, Violation violation) {
        return shown(name) + ": " + violation.describe(language.locale());
    }

    /**
     * @param name a file name as the user gave it
     * @return the name as the tool shows it: what is not printable (a control character in a
     *         file's name) escaped, as in the model's messages
     */
    static String shown(String name) {
        return Violation.printable(name);
    }

    /**
     * @param value  a valid Outreach value
     * @param format the format to write
     * @return the document, indented, ending with a line break
     */
    String write(Object value, ContentFormat format) {
        try {
            if (format == ContentFormat.JSON) {
                return json.writerWithDefaultPrettyPrinter().writeValueAsString(value) + System.lineSeparator();
            }
            return yaml().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the mapper that reads and writes the format */
    ObjectMapper mapper(ContentFormat format) {
        return format == ContentFormat.JSON ? json : yaml();
    }

    private YAMLMapper yaml() {
        if (yaml == null) {
            yaml = yamlMapper(module);
        }
        return yaml;
    }

    private static String line(String name, String message) {
        return shown(name) + ": " + Violation.printable(message);
    }

    private static Map<String, Object> position(JsonLocation location) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("line", location == null ? "?" : location.getLineNr());
        parameters.put("column", location == null ? "?" : location.getColumnNr());
        return parameters;
    }

    /**
     * A first, lenient look at a document's top level: whether there is anything at all, which
     * properties the root object has (to tell its type), and whether a second document follows.
     * Any error stops the look; the real read then reports it properly.
     */
    private record Peek(boolean empty, Set<String> names, JsonLocation trailing) {

        static Peek of(JsonFactory factory, byte[] bytes) {
            Set<String> names = new HashSet<>();
            boolean empty = false;
            JsonLocation trailing = null;
            try (JsonParser parser = factory.createParser(bytes)) {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    empty = true;
                } else {
                    if (first == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            names.add(parser.currentName());
                            parser.nextToken();
                            parser.skipChildren();
                        }
                    } else {
                        parser.skipChildren();
                    }
                    if (parser.nextToken() != null) {
                        trailing = parser.currentTokenLocation();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Not well-formed: what was seen so far is all there is to go by.
            }
            return new Peek(empty, names, trailing);
        }
    }
}
