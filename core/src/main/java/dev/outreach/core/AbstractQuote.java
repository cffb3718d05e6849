package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Words a person said (schema.org Quotation), with their provenance: who said them, in which
 * language, whether verbatim, when, and where the record of them is.
 *
 * <p>The text holds the words in the language they were said in, and may add a translation
 * in the other language of {@link BilingualText}.
 */
@Value.Immutable
abstract class AbstractQuote implements Consistent {

    /** @return the identifier of the person who said it; in an episode, one of its speakers */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String speakerId();

    /** @return the words, and optionally a translation */
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

    /** @return the words in the language they were said in, when that is Indonesian or English */
    public Optional<String> original() {
        return text().get(language());
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        String language = language().language();
        if (("id".equals(language) || "en".equals(language)) && original().isEmpty()) {
            problems.report("outreach.quote.originalMissing", "text");
        }
    }
}
