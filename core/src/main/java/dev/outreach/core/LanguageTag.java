package dev.outreach.core;

import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * A valid BCP 47 language tag such as {@code id}, {@code en} or {@code en-GB}: well-formed, and
 * made of subtags that the IANA Language Subtag Registry lists (the library ships the registry
 * of {@link #registryDate()}), so that {@code english} or {@code zz} is refused.
 *
 * <p>The old ISO 639 code for Indonesian, {@code in}, which X's API and Android still send, is
 * read as {@code id}; likewise {@code iw} and {@code ji}. A deprecated language, script or region
 * subtag that the registry gives a Preferred-Value is read as that value ({@code mo} as
 * {@code ro}, {@code en-BU} as {@code en-MM}); other deprecated subtags are kept. Extended
 * language subtags and grandfathered tags are read as {@link Locale} reads them
 * ({@code zh-yue-HK} as {@code yue-HK}, {@code i-klingon} as {@code tlh}); one with no language
 * of its own is refused. Extensions may be {@code u} and {@code t} (their contents are not
 * checked) and private use {@code x}. Tags are kept in their canonical case ({@code en-GB},
 * {@code zh-Hant}).
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
     * @throws InvalidContentException if the tag is not well-formed BCP 47, has no language, or
     *                                 has a subtag or extension the IANA registry does not list
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
        return new LanguageTag(registered(locale));
    }

    /** @return the locale with the registry's Preferred-Values, if every subtag is registered */
    private static Locale registered(Locale locale) {
        LanguageSubtags registry = LanguageSubtags.registry();
        String language = registry.lookUp("language", locale.getLanguage());
        String script = locale.getScript().isEmpty() ? "" : registry.lookUp("script", locale.getScript());
        String region = locale.getCountry().isEmpty() ? "" : registry.lookUp("region", locale.getCountry());
        if (language == null || script == null || region == null) {
            throw Validators.invalid(LanguageTag.class, "outreach.language.unregistered");
        }
        if (!locale.getVariant().isEmpty()) {
            for (String variant : locale.getVariant().split("_")) {
                if (registry.lookUp("variant", variant) == null) {
                    throw Validators.invalid(LanguageTag.class, "outreach.language.unregistered");
                }
            }
        }
        for (char extension : locale.getExtensionKeys()) {
            if (extension != 'u' && extension != 't' && extension != Locale.PRIVATE_USE_EXTENSION) {
                throw Validators.invalid(LanguageTag.class, "outreach.language.unregistered");
            }
        }
        return new Locale.Builder().setLocale(locale).setLanguage(language).setScript(script).setRegion(region)
                .build();
    }

    /**
     * @return the File-Date of the IANA Language Subtag Registry that tags are checked against
     */
    public static LocalDate registryDate() {
        return LanguageSubtags.registry().fileDate();
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
