package dev.outreach.core;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One episode of a program (schema.org PodcastEpisode, aired live as a BroadcastEvent): its
 * number and title, when it aired, who spoke and what they said, which of the program's
 * partners took part and which events it promoted.
 *
 * <p>Its end is given either as the time it {@link #ended()} or as its {@link #duration()}, not
 * both: the end is not before {@link #aired()}, and a duration is more than zero and at most
 * seven days. A {@code pending} or {@code live} episode airs at a date-time, not on a day. What
 * stays after it aired live is its {@link #recording()}, apart from its live {@link #url()}; a
 * {@code pending} episode has none yet.
 */
@Value.Immutable
abstract class AbstractEpisode implements Consistent {

    /** @return the identifier, a lowercase slug such as {@code road-to-wcce} */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String id();

    /** @return the episode number, 1 or more, unique within the program; never null in a built episode */
    @NotNull(message = "{outreach.required}")
    @Min(value = 1, message = "{outreach.min}")
    public abstract Integer number();

    /** @return the title or theme, such as Road to WCCE */
    @NotNull(message = "{outreach.required}")
    @MaxLength(max = 200)
    @Published
    public abstract BilingualText title();

    /** @return a description */
    public abstract Optional<@Published BilingualText> description();

    /** @return when it aired (or will air); a day when the time of day is not known */
    public abstract Optional<Moment> aired();

    /** @return when it ended, not before {@link #aired()}; needs it, and is not given with a {@link #duration()} */
    public abstract Optional<Moment> ended();

    /** @return how long it lasted, more than zero and at most seven days; not given with {@link #ended()} */
    public abstract Optional<Duration> duration();

    /** @return where the live episode stands */
    public abstract Optional<LiveStatus> status();

    /** @return the platform, when not the program's own */
    public abstract Optional<Platform> platform();

    /** @return the link to the episode (its live link), an absolute https URL */
    public abstract Optional<@HttpsUrl URI> url();

    /** @return the recording, once the episode has aired: not for a {@code pending} episode */
    public abstract Optional<Recording> recording();

    /** @return who spoke, each person once */
    public abstract List<@NotNull(message = "{outreach.required}") Speaker> speakers();

    /** @return what the speakers said; each quote is by one of {@link #speakers()} */
    public abstract List<@NotNull(message = "{outreach.required}") Quote> quotes();

    /** @return the identifiers of the program's partners that took part, each once */
    public abstract List<@NotNull(message = "{outreach.required}") @Slug String> partnerIds();

    /** @return the identifiers of the events the episode promoted, each once */
    public abstract List<@NotNull(message = "{outreach.required}") @Slug String> eventIds();

    /**
     * @param personId a person's identifier
     * @return the speaker with that identifier, if they spoke in this episode
     */
    public Optional<Speaker> speaker(String personId) {
        return speakers().stream().filter(speaker -> speaker.personId().equals(personId)).findFirst();
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        checkTimes(problems);
        Set<String> speakerIds = problems.uniqueKeys(speakers(), Speaker::personId, "speakers", "person",
                "outreach.duplicate");
        problems.requireUnique(partnerIds(), id -> id, "partnerIds", null, "outreach.duplicate");
        problems.requireUnique(eventIds(), id -> id, "eventIds", null, "outreach.duplicate");
        new Definitions(problems).speakers(speakers(), "speakers");
        List<Quote> quotes = quotes();
        if (quotes.isEmpty()) {
            return;
        }
        for (int i = 0; i < quotes.size(); i++) {
            problems.visit();
            if (!speakerIds.contains(quotes.get(i).speakerId())) {
                problems.report("outreach.quote.notASpeaker", "quotes", i, "speakerId");
            }
        }
    }

    private void checkTimes(Problems problems) {
        if (ended().isPresent()) {
            if (duration().isPresent()) {
                problems.report("outreach.episode.endAndDuration", "duration");
            }
            if (aired().isEmpty()) {
                problems.report("outreach.episode.endWithoutAired", "ended");
            } else if (ended().get().isBefore(aired().get())) {
                problems.report("outreach.episode.endBeforeAired", "ended");
            }
        }
        duration().ifPresent(duration -> Plain.checkDuration(duration, problems, "duration"));
        boolean pending = status().filter(LiveStatus.PENDING::equals).isPresent();
        boolean live = status().filter(LiveStatus.LIVE::equals).isPresent();
        if ((pending || live) && aired().isPresent() && !aired().get().hasTime()) {
            problems.report("outreach.episode.liveNeedsTime", "aired");
        }
        if (pending && recording().isPresent()) {
            problems.report("outreach.episode.recordingWhilePending", "recording");
        }
    }

    /** The methods that {@link Episode.Builder} adds for plain values. */
    public abstract static class Builder {

        Builder() {
        }

        /**
         * @param aired when it aired (or will air)
         * @return this builder
         */
        public abstract Episode.Builder aired(Moment aired);

        /**
         * @param ended when it ended
         * @return this builder
         */
        public abstract Episode.Builder ended(Moment ended);

        /**
         * @param url the link to the episode, an absolute https URL
         * @return this builder
         */
        public abstract Episode.Builder url(URI url);

        /**
         * @param aired the day it aired, when the time of day is not known
         * @return this builder
         * @throws InvalidContentException at {@code aired} if the format cannot hold the day
         */
        public final Episode.Builder aired(LocalDate aired) {
            return aired(Plain.<LocalDate, Moment>value(Episode.class, "aired", Moment::of, aired));
        }

        /**
         * @param aired the date-time it aired, with its offset
         * @return this builder
         * @throws InvalidContentException at {@code aired} if the format cannot hold the date-time
         */
        public final Episode.Builder aired(OffsetDateTime aired) {
            return aired(Plain.<OffsetDateTime, Moment>value(Episode.class, "aired", Moment::of, aired));
        }

        /**
         * @param aired the date-time it aired, in a zone such as {@code Asia/Makassar}
         * @return this builder
         * @throws InvalidContentException at {@code aired} if the format cannot hold the date-time
         */
        public final Episode.Builder aired(ZonedDateTime aired) {
            return aired(Plain.<ZonedDateTime, Moment>value(Episode.class, "aired", Moment::of, aired));
        }

        /**
         * @param ended the day it ended, when the time of day is not known
         * @return this builder
         * @throws InvalidContentException at {@code ended} if the format cannot hold the day
         */
        public final Episode.Builder ended(LocalDate ended) {
            return ended(Plain.<LocalDate, Moment>value(Episode.class, "ended", Moment::of, ended));
        }

        /**
         * @param ended the date-time it ended, with its offset
         * @return this builder
         * @throws InvalidContentException at {@code ended} if the format cannot hold the date-time
         */
        public final Episode.Builder ended(OffsetDateTime ended) {
            return ended(Plain.<OffsetDateTime, Moment>value(Episode.class, "ended", Moment::of, ended));
        }

        /**
         * @param ended the date-time it ended, in a zone such as {@code Asia/Makassar}
         * @return this builder
         * @throws InvalidContentException at {@code ended} if the format cannot hold the date-time
         */
        public final Episode.Builder ended(ZonedDateTime ended) {
            return ended(Plain.<ZonedDateTime, Moment>value(Episode.class, "ended", Moment::of, ended));
        }

        /**
         * @param url the link to the episode, an absolute https URL such as {@code https://x.com/i/spaces/1ZkKz}
         * @return this builder
         * @throws InvalidContentException at {@code url} if the text is not an absolute https URL
         */
        public final Episode.Builder url(String url) {
            return url(Plain.link(Episode.class, "url", url));
        }
    }
}
