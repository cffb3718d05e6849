package dev.outreach.core;

import java.util.Set;

/**
 * The direction a text is written in, as W3C's "Strings on the Web: Language and Direction
 * Metadata" asks each string to carry: left to right ({@code ltr}) or right to left
 * ({@code rtl}).
 *
 * <p>A text's direction is taken from its language tag ({@link #of(LanguageTag)}) unless the
 * text says otherwise ({@link BilingualText#directions()}). The tag's script subtag decides
 * when there is one: right to left for Adlm, Arab, Hebr, Mand, Nkoo,
 * Rohg, Samr, Syrc and Thaa. Without one, the language's
 * usual script decides: right to left for ar, arc, ckb, dv,
 * fa, he, ks, ps, sd, ug, ur and yi. Every other tag is left
 * to right.
 */
public enum TextDirection implements Coded {
    /** Left to right, as Indonesian, English or Japanese. */
    LTR("ltr"),
    /** Right to left, as Arabic, Hebrew, Persian or Urdu. */
    RTL("rtl");

    private static final Set<String> RTL_SCRIPTS = Set.of("Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg",
            "Samr", "Syrc", "Thaa");
    // iw and ji are the old codes of Hebrew and Yiddish, which a Locale may still report.
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks",
            "ps", "sd", "ug", "ur", "yi", "ji");

    private final String code;

    TextDirection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param language a language tag
     * @return the direction text in that language is usually written in: from its script
     *         subtag if it has one ({@code az-Arab} is right to left, {@code sd-Deva} left to
     *         right), else from its language ({@code ar}, {@code fa}, {@code ur} are right to left)
     */
    public static TextDirection of(LanguageTag language) {
        String script = language.toLocale().getScript();
        if (!script.isEmpty()) {
            return RTL_SCRIPTS.contains(script) ? RTL : LTR;
        }
        return RTL_LANGUAGES.contains(language.language()) ? RTL : LTR;
    }

    /**
     * @param code a stable code, {@code "ltr"} or {@code "rtl"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static TextDirection fromCode(String code) {
        return Coded.fromCode(TextDirection.class, code);
    }
}
