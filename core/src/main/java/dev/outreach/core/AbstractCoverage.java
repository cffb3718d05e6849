package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A news article about outreach content (schema.org NewsArticle), with what it reports of
 * third parties. Only the outlet and language are required: the article this library was
 * built from has no publication date and a byline of initials, and neither is invented.
 */
@Value.Immutable
abstract class AbstractCoverage {

    /** @return the outlet, such as DEAL JAKARTA */
    @NotNull(message = "{outreach.required}")
    @CleanText(max = 100)
    public abstract String outlet();

    /** @return the headline */
    public abstract Optional<@Published @MaxLength(max = 300) BilingualText> headline();

    /** @return the dateline, the place the story was filed from, such as Jakarta */
    public abstract Optional<@CleanText(max = 100) String> dateline();

    /** @return the byline as printed, which may be initials such as {@code ath} */
    public abstract Optional<@CleanText(max = 100) String> byline();

    /** @return when it was published, if the article says */
    public abstract Optional<Moment> published();

    /** @return the language of the article */
    @NotNull(message = "{outreach.required}")
    public abstract LanguageTag language();

    /** @return the article's address, an absolute https URL */
    public abstract Optional<@HttpsUrl URI> url();

    /** @return the identifiers of the programs, episodes and events it is about */
    public abstract List<@NotNull(message = "{outreach.required}") @Slug String> about();

    /** @return the third-party commentary it reports */
    public abstract List<@NotNull(message = "{outreach.required}") Commentary> commentaries();

    @Value.Check
    final void check() {
        Validators.check(this);
    }
}
