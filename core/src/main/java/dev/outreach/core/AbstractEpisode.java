package dev.outreach.core;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One episode of a program (schema.org PodcastEpisode, aired live as a BroadcastEvent): its
 * number and title, when it aired, who spoke and what they said, which of the program's
 * partners took part and which events it promoted.
 */
@Value.Immutable
abstract class AbstractEpisode implements Consistent {

    /** @return the identifier, a lowercase slug such as {@code road-to-wcce} */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String id();

    /** @return the episode number, 1 or more, unique within the program */
    @Min(value = 1, message = "{outreach.min}")
    public abstract int number();

    /** @return the title or theme, such as Road to WCCE */
    @NotNull(message = "{outreach.required}")
    @MaxLength(max = 200)
    @Published
    public abstract BilingualText title();

    /** @return a description */
    public abstract Optional<@Published BilingualText> description();

    /** @return when it aired (or will air); a day when the time of day is not known */
    public abstract Optional<Moment> aired();

    /** @return where the live episode stands */
    public abstract Optional<LiveStatus> status();

    /** @return the platform, when not the program's own */
    public abstract Optional<Platform> platform();

    /** @return the link to the episode or its recording, an absolute https URL */
    public abstract Optional<@HttpsUrl URI> url();

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
        problems.requireUnique(speakers(), Speaker::personId, "speakers", "person", "outreach.duplicate");
        problems.requireUnique(partnerIds(), id -> id, "partnerIds", null, "outreach.duplicate");
        problems.requireUnique(eventIds(), id -> id, "eventIds", null, "outreach.duplicate");
        List<Quote> quotes = quotes();
        if (quotes.isEmpty()) {
            return;
        }
        Set<String> speakerIds = new HashSet<>(speakers().size() * 2);
        for (Speaker speaker : speakers()) {
            problems.visit();
            speakerIds.add(speaker.personId());
        }
        for (int i = 0; i < quotes.size(); i++) {
            problems.visit();
            if (!speakerIds.contains(quotes.get(i).speakerId())) {
                problems.report("outreach.quote.notASpeaker", "quotes", i, "speakerId");
            }
        }
    }
}
