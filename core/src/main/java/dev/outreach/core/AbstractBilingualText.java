package dev.outreach.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A text in one or more languages: a language map. Indonesian and English, the ministry's own
 * languages, have accessors of their own ({@link #indonesian()}, {@link #english()}); any other
 * BCP 47 language ({@code ja}, {@code ar}, {@code zh-Hant}) is among {@link #others()}. At
 * least one language is present, at most {@value #MAX_LANGUAGES} in all; each is clean text
 * (see the rules of {@link Violation} messages) of at most {@value #MAX} characters.
 *
 * <p>Content the ministry publishes (names, titles, descriptions) needs Indonesian or English,
 * and may add other languages beside; a {@link Quote}'s text needs the words in the language
 * they were said in, with translations beside.
 *
 * <p>Each language has a {@linkplain #direction(LanguageTag) direction}, left to right or right
 * to left, taken from its tag ({@link TextDirection#of(LanguageTag)}) unless
 * {@link #directions()} says otherwise, as W3C's "Strings on the Web" asks.
 *
 * <p>{@link #in(Locale)} picks the reader's language and falls back to Indonesian, then English,
 * then the first other language: the ministry's own language first.
 */
@Value.Immutable
abstract class AbstractBilingualText implements Consistent {

    /** The most characters in one language. */
    public static final int MAX = 5000;

    /** The most languages in one text, Indonesian and English included. */
    public static final int MAX_LANGUAGES = 50;

    /** The order languages are listed and written in: Indonesian, English, then the others by tag. */
    private static final Comparator<LanguageTag> ORDER = Comparator
            .comparingInt((LanguageTag tag) -> LanguageTag.INDONESIAN.equals(tag) ? 0
                    : LanguageTag.ENGLISH.equals(tag) ? 1 : 2)
            .thenComparing(LanguageTag::toString);

    /** @return the Indonesian text, if given */
    public abstract Optional<@CleanText(max = MAX, multiline = true) String> indonesian();

    /** @return the English text, if given */
    public abstract Optional<@CleanText(max = MAX, multiline = true) String> english();

    /**
     * @return the text in languages other than Indonesian ({@code id}) and English ({@code en}),
     *         by language tag; each is clean text of at most {@value #MAX} characters
     */
    public abstract Map<LanguageTag, String> others();

    /**
     * @return the directions given explicitly, by language tag, for languages whose text is
     *         written in another direction than its tag says ({@link TextDirection#of(LanguageTag)});
     *         each language must be one of the text's
     */
    public abstract Map<LanguageTag, TextDirection> directions();

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
     * A name that is the same in Indonesian and English, such as {@code Kemlu Space}: the text
     * is given in both, so that it reads back as it was built.
     *
     * @param text the text of both languages
     * @return the text, the same in Indonesian and English
     * @throws InvalidContentException if the text is not clean text
     */
    public static BilingualText both(String text) {
        return BilingualText.builder().indonesian(text).english(text).build();
    }

    /**
     * @param language the language of the text
     * @param text     the text
     * @return a text given in that language only
     * @throws InvalidContentException if the text is not clean text
     */
    public static BilingualText inLanguage(LanguageTag language, String text) {
        return put(BilingualText.builder(), language, text).build();
    }

    /**
     * @param language a language tag
     * @param text     the text in that language
     * @return a copy of this text with the text in that language added or replaced
     * @throws InvalidContentException if the text is not clean text or makes too many languages
     */
    public BilingualText with(LanguageTag language, String text) {
        return put(BilingualText.builder().from(this), language, text).build();
    }

    /**
     * @param language  one of the text's languages
     * @param direction the direction its text is written in
     * @return a copy of this text with that direction given explicitly for the language
     * @throws InvalidContentException if the text has no such language
     */
    public BilingualText withDirection(LanguageTag language, TextDirection direction) {
        return BilingualText.builder().from(this).putDirection(language, direction).build();
    }

    /**
     * Sets the text of one language on a builder: Indonesian and English on their own
     * properties, any other language among the others.
     *
     * @param builder  the builder
     * @param language the language
     * @param text     the text
     * @return the builder
     */
    static BilingualText.Builder put(BilingualText.Builder builder, LanguageTag language, String text) {
        if (LanguageTag.INDONESIAN.equals(language)) {
            return builder.indonesian(text);
        }
        if (LanguageTag.ENGLISH.equals(language)) {
            return builder.english(text);
        }
        return builder.putOther(language, text);
    }

    /** @return the languages of the text: Indonesian, English, then the others in the order of their tags */
    public List<LanguageTag> languages() {
        List<LanguageTag> languages = new ArrayList<>(2 + others().size());
        if (indonesian().isPresent()) {
            languages.add(LanguageTag.INDONESIAN);
        }
        if (english().isPresent()) {
            languages.add(LanguageTag.ENGLISH);
        }
        if (!others().isEmpty()) {
            List<LanguageTag> rest = new ArrayList<>(others().keySet());
            rest.sort(ORDER);
            languages.addAll(rest);
        }
        return Collections.unmodifiableList(languages);
    }

    /**
     * @param language a language tag
     * @return the text in exactly that language, with no fallback ({@code en-GB} is not {@code en})
     */
    public Optional<String> get(LanguageTag language) {
        if (LanguageTag.INDONESIAN.equals(language)) {
            return indonesian();
        }
        if (LanguageTag.ENGLISH.equals(language)) {
            return english();
        }
        return Optional.ofNullable(others().get(language));
    }

    /**
     * @param language a language tag
     * @return the text in that language, or else in the same primary language ({@code en} for
     *         {@code en-GB}, {@code ja} for {@code ja-JP}, or the first by tag of others such as
     *         {@code zh-Hant} for {@code zh})
     */
    public Optional<String> closest(LanguageTag language) {
        return closestLanguage(language).flatMap(this::get);
    }

    /**
     * @param language a language tag
     * @return the language of the text that {@link #closest(LanguageTag)} reads: that language
     *         if the text has it, else the first of the text's languages with the same primary language
     */
    public Optional<LanguageTag> closestLanguage(LanguageTag language) {
        if (get(language).isPresent()) {
            return Optional.of(language);
        }
        for (LanguageTag candidate : languages()) {
            if (candidate.language().equals(language.language())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param language a language tag
     * @return the direction text in that language is written in: as {@link #directions()} gives
     *         it, else as its tag says ({@link TextDirection#of(LanguageTag)})
     */
    public TextDirection direction(LanguageTag language) {
        TextDirection given = directions().get(language);
        return given != null ? given : TextDirection.of(language);
    }

    /**
     * @param locale the reader's locale
     * @return the text in the reader's language if given (or in the same primary language);
     *         otherwise Indonesian, then English, then the first other language
     */
    public String in(Locale locale) {
        Optional<String> text = Optional.empty();
        if (!locale.getLanguage().isEmpty()) {
            try {
                text = closest(LanguageTag.of(locale));
            } catch (InvalidContentException e) {
                // A locale no language tag is made of reads the fallback.
            }
        }
        if (text.isPresent()) {
            return text.get();
        }
        if (indonesian().isPresent()) {
            return indonesian().get();
        }
        return english().orElseGet(() -> get(languages().get(0)).orElseThrow());
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        int count = (indonesian().isPresent() ? 1 : 0) + (english().isPresent() ? 1 : 0) + others().size();
        if (count == 0) {
            problems.report("outreach.bilingual.empty");
            return;
        }
        if (count > MAX_LANGUAGES) {
            problems.report("outreach.text.tooManyLanguages", Map.of("max", MAX_LANGUAGES));
            return;
        }
        for (Map.Entry<LanguageTag, String> other : others().entrySet()) {
            problems.visit();
            String tag = other.getKey().toString();
            if (LanguageTag.INDONESIAN.equals(other.getKey()) || LanguageTag.ENGLISH.equals(other.getKey())) {
                problems.report("outreach.text.ownLanguageAmongOthers", tag);
                continue;
            }
            String problem = CleanText.Validator.problem(other.getValue(), MAX, true);
            if (problem != null) {
                problems.report(problem, Map.of("max", MAX), tag);
            }
        }
        for (LanguageTag language : directions().keySet()) {
            problems.visit();
            if (get(language).isEmpty()) {
                problems.report("outreach.text.directionWithoutText", language.toString(), "direction");
            }
        }
    }
}
