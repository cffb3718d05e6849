package dev.outreach.examples;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The two formats of content files, told apart by the file name's extension. */
enum ContentFormat {

    /** JSON, the Outreach exchange format. */
    JSON("JSON", ".json"),
    /** YAML, the same structure in a form that is easier to write by hand. */
    YAML("YAML", ".yaml", ".yml"),
    /** schema.org JSON-LD for web pages: written only, never read as a content file. */
    JSONLD("JSON-LD");

    private final String displayName;
    private final List<String> extensions;

    ContentFormat(String displayName, String... extensions) {
        this.displayName = displayName;
        this.extensions = List.of(extensions);
    }

    /** @return JSON or YAML */
    String displayName() {
        return displayName;
    }

    /**
     * @param fileName a file name or path as the user gave it
     * @return the format its extension names (in any letter case), or empty for another extension
     */
    static Optional<ContentFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ContentFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** Reads {@code --to json} or {@code --to yaml}. */
    static final class Converter implements ITypeConverter<ContentFormat> {
        @Override
        public ContentFormat convert(String value) {
            for (ContentFormat format : values()) {
                if (format.name().equalsIgnoreCase(value.replace("-", ""))) {
                    return format;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format: use json, yaml or jsonld");
        }
    }
}
