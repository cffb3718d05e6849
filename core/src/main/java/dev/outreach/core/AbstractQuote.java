package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Words a person said (schema.org Quotation), with their provenance: who said them, in which
 * language, whether verbatim, when, and where the record of them is.
 *
 * <p>The text holds the words in the language they were said in ({@code ja} for words said in
 * Japanese), and may add translations beside them ({@code id}, {@code en}): a verbatim quote
 * must give the words in its {@link #language()}; a paraphrase, the speaker's point in the
 * source's words, may give a translation alone.
 */
@Value.Immutable
abstract class AbstractQuote implements Consistent {

    /** @return the identifier of the person who said it; in an episode, one of its speakers */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String speakerId();

    /** @return the words in the language they were said in, and optionally translations */
    @NotNull(message = "{outreach.required}")
    public abstract BilingualText text();

    /** @return the language the words were said in */
    @NotNull(message = "{outreach.required}")
    public abstract LanguageTag language();

    /** @return whether the text is the speaker's own words; verbatim unless said otherwise */
    @Value.Default
    public QuoteForm form() {
        return QuoteForm.VERBATIM;
    }

    /** @return when the words were said, if the source says */
    public abstract Optional<Moment> saidAt();

    /** @return where the record of the words is, an absolute https URL */
    public abstract Optional<@HttpsUrl URI> source();

    /**
     * @return the words in the language they were said in: the text in exactly that language, or
     *         else in the same primary language ({@code en} for words said in {@code en-GB})
     */
    public Optional<String> original() {
        return text().closest(language());
    }

    /**
     * @return the translations beside the original: the text's other languages, in the text's
     *         order, without the original's
     */
    public List<LanguageTag> translations() {
        List<LanguageTag> languages = new ArrayList<>(text().languages());
        languages.remove(originalLanguage());
        return Collections.unmodifiableList(languages);
    }

    /**
     * @return the language the original is given in within the text: {@link #language()}, or the
     *         text's language of the same primary language that {@link #original()} reads
     */
    public LanguageTag originalLanguage() {
        return text().closestLanguage(language()).orElse(language());
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        // A paraphrase gives the speaker's point in the source's words, which may be a translation.
        if (form() == QuoteForm.VERBATIM && original().isEmpty()) {
            problems.report("outreach.quote.originalMissing", "text");
        }
    }
}
