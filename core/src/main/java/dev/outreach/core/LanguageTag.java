package dev.outreach.core;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * A well-formed BCP 47 language tag such as {@code id}, {@code en} or {@code en-GB}.
 *
 * <p>The old ISO 639 code for Indonesian, {@code in}, which X's API and Android still send, is
 * read as {@code id}; likewise {@code iw} and {@code ji}. Tags are kept in their canonical
 * case ({@code en-GB}, {@code zh-Hant}).
 */
public final class LanguageTag {

    /** Indonesian, {@code id}. */
    public static final LanguageTag INDONESIAN = new LanguageTag(Locale.forLanguageTag("id"));
    /** English, {@code en}. */
    public static final LanguageTag ENGLISH = new LanguageTag(Locale.ENGLISH);

    private final Locale locale;
    private final String tag;

    private LanguageTag(Locale locale) {
        this.locale = locale;
        this.tag = locale.toLanguageTag();
    }

    /**
     * Parses a tag.
     *
     * @param tag a BCP 47 language tag; {@code in} is read as {@code id}
     * @return the tag in canonical form
     * @throws InvalidContentException if the tag is not well-formed BCP 47 or has no language
     */
    public static LanguageTag of(String tag) {
        if (tag == null || tag.length() > 64) {
            throw Validators.invalid(LanguageTag.class, "outreach.language.invalid");
        }
        // The ministry's two languages, without building a Locale each time.
        if (tag.length() == 2) {
            if (tag.equalsIgnoreCase("id") || tag.equalsIgnoreCase("in")) {
                return INDONESIAN;
            }
            if (tag.equalsIgnoreCase("en")) {
                return ENGLISH;
            }
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw Validators.invalid(LanguageTag.class, "outreach.language.invalid");
        }
        if (locale.getLanguage().isEmpty()) {
            throw Validators.invalid(LanguageTag.class, "outreach.language.invalid");
        }
        // Not plain "id": only the two-letter tags above become that, no longer tag is shortened to it.
        return new LanguageTag(locale);
    }

    /**
     * @param locale a locale with a language
     * @return its language tag
     * @throws InvalidContentException if the locale has no language
     */
    public static LanguageTag of(Locale locale) {
        return of(locale.toLanguageTag());
    }

    /** @return the locale of this tag */
    public Locale toLocale() {
        return locale;
    }

    /** @return the primary language subtag, such as {@code id} */
    public String language() {
        return locale.getLanguage();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LanguageTag && ((LanguageTag) other).tag.equals(tag);
    }

    @Override
    public int hashCode() {
        return tag.hashCode();
    }

    /** @return the canonical tag, such as {@code id} or {@code en-GB} */
    @Override
    public String toString() {
        return tag;
    }
}
