package dev.outreach.examples;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The languages the tool speaks: its own lines and the model's messages. */
enum Language {

    /** English, the default. */
    EN("en", Locale.ENGLISH),
    /** Indonesian (Bahasa Indonesia). */
    ID("id", Locale.forLanguageTag("id"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** @return the BCP 47 code given on the command line */
    String code() {
        return code;
    }

    /** @return the locale of the messages */
    Locale locale() {
        return locale;
    }

    @Override
    public String toString() {
        return code;
    }

    /** Reads {@code --lang en} or {@code --lang id}. */
    static final class Converter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            for (Language language : values()) {
                if (language.code.equalsIgnoreCase(value)) {
                    return language;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a supported language: use en or id");
        }
    }

    /** The codes for the usage help. */
    static final class Codes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(values()).map(Language::code).iterator();
        }
    }
}
