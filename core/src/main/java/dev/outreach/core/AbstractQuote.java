package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
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

    /** The methods that {@link Quote.Builder} adds for plain values. */
    public abstract static class Builder {

        Builder() {
        }

        /**
         * @param source where the record of the words is, an absolute https URL
         * @return this builder
         */
        public abstract Quote.Builder source(URI source);

        /**
         * @param language the language the words were said in
         * @return this builder
         */
        public abstract Quote.Builder language(LanguageTag language);

        /**
         * @param saidAt when the words were said
         * @return this builder
         */
        public abstract Quote.Builder saidAt(Moment saidAt);

        /**
         * @param source where the record of the words is, an absolute https URL, such as
         *               {@code https://example.com/article}
         * @return this builder
         * @throws InvalidContentException at {@code source} if the text is not an absolute https URL
         */
        public final Quote.Builder source(String source) {
            return source(Plain.link(Quote.class, "source", source));
        }

        /**
         * @param language the BCP 47 tag of language the words were said in, such as {@code id}
         * @return this builder
         * @throws InvalidContentException at {@code language} if the tag is not valid
         */
        public final Quote.Builder language(String language) {
            return language(Plain.<String, LanguageTag>value(Quote.class, "language", LanguageTag::of,
                    language));
        }

        /**
         * @param saidAt when the words were said: the day, when the time of day is not known
         * @return this builder
         * @throws InvalidContentException at {@code saidAt} if the format cannot hold the day
         */
        public final Quote.Builder saidAt(LocalDate saidAt) {
            return saidAt(Plain.<LocalDate, Moment>value(Quote.class, "saidAt", Moment::of, saidAt));
        }

        /**
         * @param saidAt when the words were said: the date-time, with its offset
         * @return this builder
         * @throws InvalidContentException at {@code saidAt} if the format cannot hold the date-time
         */
        public final Quote.Builder saidAt(OffsetDateTime saidAt) {
            return saidAt(Plain.<OffsetDateTime, Moment>value(Quote.class, "saidAt", Moment::of, saidAt));
        }

        /**
         * @param saidAt when the words were said: the date-time, in a zone such as {@code Asia/Makassar}
         * @return this builder
         * @throws InvalidContentException at {@code saidAt} if the format cannot hold the date-time
         */
        public final Quote.Builder saidAt(ZonedDateTime saidAt) {
            return saidAt(Plain.<ZonedDateTime, Moment>value(Quote.class, "saidAt", Moment::of, saidAt));
        }
    }
}
