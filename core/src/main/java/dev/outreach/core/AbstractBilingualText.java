package dev.outreach.core;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A text in Indonesian, English or both, as the ministry publishes it. At least one language
 * is present; each is clean text (see the rules of {@link Violation} messages) of at most
 * {@value #MAX} characters.
 *
 * <p>{@link #in(Locale)} picks the reader's language and falls back, in this declared order,
 * to Indonesian and then English: the ministry's own language first.
 */
@Value.Immutable
abstract class AbstractBilingualText implements Consistent {

    /** The most characters in one language. */
    public static final int MAX = 5000;

    /** @return the Indonesian text, if given */
    public abstract Optional<@CleanText(max = MAX, multiline = true) String> indonesian();

    /** @return the English text, if given */
    public abstract Optional<@CleanText(max = MAX, multiline = true) String> english();

    /**
     * @param indonesian the Indonesian text, or null
     * @param english    the English text, or null
     * @return the text in both (or either) languages
     * @throws InvalidContentException if both are null or either is not clean text
     */
    public static BilingualText of(String indonesian, String english) {
        return BilingualText.builder().indonesian(Optional.ofNullable(indonesian))
                .english(Optional.ofNullable(english)).build();
    }

    /**
     * @param text the Indonesian text
     * @return a text given in Indonesian only
     */
    public static BilingualText indonesian(String text) {
        return BilingualText.builder().indonesian(text).build();
    }

    /**
     * @param text the English text
     * @return a text given in English only
     */
    public static BilingualText english(String text) {
        return BilingualText.builder().english(text).build();
    }

    /**
     * @param locale the reader's locale
     * @return the text in the reader's language if given; otherwise Indonesian, then English
     */
    public String in(Locale locale) {
        String language = locale.getLanguage();
        if ("en".equals(language) && english().isPresent()) {
            return english().get();
        }
        return indonesian().orElseGet(() -> english().orElseThrow());
    }

    /**
     * @param language a language tag
     * @return the text in exactly that language, with no fallback
     */
    public Optional<String> get(LanguageTag language) {
        switch (language.language()) {
            case "id":
                return indonesian();
            case "en":
                return english();
            default:
                return Optional.empty();
        }
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        if (indonesian().isEmpty() && english().isEmpty()) {
            problems.report("outreach.bilingual.empty");
        }
    }
}
