package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A news article about outreach content (schema.org NewsArticle), with what it reports of
 * third parties. Only the outlet and language are required: the article this library was
 * built from has no publication date and a byline of initials, and neither is invented.
 */
@Value.Immutable
abstract class AbstractCoverage implements Consistent {

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

    /** The methods that {@link Coverage.Builder} adds for plain values. */
    public abstract static class Builder {

        Builder() {
        }

        /**
         * @param published when it was published
         * @return this builder
         */
        public abstract Coverage.Builder published(Moment published);

        /**
         * @param language the language it is written in
         * @return this builder
         */
        public abstract Coverage.Builder language(LanguageTag language);

        /**
         * @param url the link to it, an absolute https URL
         * @return this builder
         */
        public abstract Coverage.Builder url(URI url);

        /**
         * @param published when it was published: the day, when the time of day is not known
         * @return this builder
         * @throws InvalidContentException at {@code published} if the format cannot hold the day
         */
        public final Coverage.Builder published(LocalDate published) {
            return published(Plain.<LocalDate, Moment>value(Coverage.class, "published", Moment::of, published));
        }

        /**
         * @param published when it was published: the date-time, with its offset
         * @return this builder
         * @throws InvalidContentException at {@code published} if the format cannot hold the date-time
         */
        public final Coverage.Builder published(OffsetDateTime published) {
            return published(Plain.<OffsetDateTime, Moment>value(Coverage.class, "published", Moment::of, published));
        }

        /**
         * @param published when it was published: the date-time, in a zone such as {@code Asia/Makassar}
         * @return this builder
         * @throws InvalidContentException at {@code published} if the format cannot hold the date-time
         */
        public final Coverage.Builder published(ZonedDateTime published) {
            return published(Plain.<ZonedDateTime, Moment>value(Coverage.class, "published", Moment::of, published));
        }

        /**
         * @param language the BCP 47 tag of language it is written in, such as {@code id}
         * @return this builder
         * @throws InvalidContentException at {@code language} if the tag is not valid
         */
        public final Coverage.Builder language(String language) {
            return language(Plain.<String, LanguageTag>value(Coverage.class, "language", LanguageTag::of,
                    language));
        }

        /**
         * @param url the link to it, an absolute https URL, such as {@code https://example.com/news}
         * @return this builder
         * @throws InvalidContentException at {@code url} if the text is not an absolute https URL
         */
        public final Coverage.Builder url(String url) {
            return url(Plain.link(Coverage.class, "url", url));
        }
    }

    @Override
    public void checkConsistency(Problems problems) {
        new Definitions(problems).coverage(this);
    }
}
