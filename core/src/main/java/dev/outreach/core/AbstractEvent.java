package dev.outreach.core;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event that outreach content promotes (schema.org Event), such as the 3rd World
 * Conference on Creative Economy, 5 to 7 October 2022 in Bali, a side event of the G20.
 *
 * <p>Only the name is required, so that an event known by name alone (the G20 presidency
 * that WCCE was a side event of) need not be given invented dates. Publishing an event for
 * search engines needs a start and a location: the JSON-LD writer checks for them.
 */
@Value.Immutable
abstract class AbstractEvent implements Consistent {

    /** @return the identifier, a lowercase slug such as {@code wcce-2022} */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String id();

    /** @return the name, such as World Conference on Creative Economy */
    @NotNull(message = "{outreach.required}")
    @MaxLength(max = 300)
    @Published
    public abstract BilingualText name();

    /** @return the short name or acronym, such as {@code WCCE} */
    public abstract Optional<@CleanText(max = 32) String> acronym();

    /** @return the edition, 1 or more: 3 for "WCCE ke-3" */
    public abstract Optional<@Min(value = 1, message = "{outreach.min}") Integer> edition();

    /** @return the theme, such as Inclusively Creative: A Global Recovery */
    public abstract Optional<@Published @MaxLength(max = 300) BilingualText> theme();

    /** @return what the event is for */
    public abstract Optional<@Published BilingualText> description();

    /** @return when it starts; a day when the time is not known */
    public abstract Optional<Moment> start();

    /** @return when it ends, not before {@link #start()}; needs a start */
    public abstract Optional<Moment> end();

    /** @return where it takes place */
    public abstract Optional<Place> location();

    /** @return how people attend */
    public abstract Optional<AttendanceMode> attendanceMode();

    /** @return whether it goes ahead as planned */
    public abstract Optional<EventStatus> status();

    /** @return who organizes it */
    public abstract List<@NotNull(message = "{outreach.required}") Organization> organizers();

    /** @return the larger events it belongs to; never itself */
    public abstract List<@NotNull(message = "{outreach.required}") EventRelation> relations();

    /** @return the event's page, an absolute https URL */
    public abstract Optional<@HttpsUrl URI> url();

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        if (end().isPresent()) {
            if (start().isEmpty()) {
                problems.report("outreach.event.endWithoutStart", "end");
            } else if (end().get().isBefore(start().get())) {
                problems.report("outreach.event.endBeforeStart", "end");
            }
        }
        List<EventRelation> relations = relations();
        for (int i = 0; i < relations.size(); i++) {
            problems.visit();
            if (relations.get(i).eventId().equals(id())) {
                problems.report("outreach.event.ownParent", "relations", i, "eventId");
            }
        }
        problems.requireUnique(relations(), EventRelation::eventId, "relations", "eventId", "outreach.duplicate");
        problems.requireUnique(organizers(), Organization::id, "organizers", "id", "outreach.duplicate");
        new Definitions(problems).event(this);
    }

    /** The methods that {@link Event.Builder} adds for plain values. */
    public abstract static class Builder {

        Builder() {
        }

        /**
         * @param start when it starts
         * @return this builder
         */
        public abstract Event.Builder start(Moment start);

        /**
         * @param end when it ends
         * @return this builder
         */
        public abstract Event.Builder end(Moment end);

        /**
         * @param url the event's page, an absolute https URL
         * @return this builder
         */
        public abstract Event.Builder url(URI url);

        /**
         * @param start when it starts: the day, when the time of day is not known
         * @return this builder
         * @throws InvalidContentException at {@code start} if the format cannot hold the day
         */
        public final Event.Builder start(LocalDate start) {
            return start(Plain.<LocalDate, Moment>value(Event.class, "start", Moment::of, start));
        }

        /**
         * @param start when it starts: the date-time, with its offset
         * @return this builder
         * @throws InvalidContentException at {@code start} if the format cannot hold the date-time
         */
        public final Event.Builder start(OffsetDateTime start) {
            return start(Plain.<OffsetDateTime, Moment>value(Event.class, "start", Moment::of, start));
        }

        /**
         * @param start when it starts: the date-time, in a zone such as {@code Asia/Makassar}
         * @return this builder
         * @throws InvalidContentException at {@code start} if the format cannot hold the date-time
         */
        public final Event.Builder start(ZonedDateTime start) {
            return start(Plain.<ZonedDateTime, Moment>value(Event.class, "start", Moment::of, start));
        }

        /**
         * @param end when it ends: the day, when the time of day is not known
         * @return this builder
         * @throws InvalidContentException at {@code end} if the format cannot hold the day
         */
        public final Event.Builder end(LocalDate end) {
            return end(Plain.<LocalDate, Moment>value(Event.class, "end", Moment::of, end));
        }

        /**
         * @param end when it ends: the date-time, with its offset
         * @return this builder
         * @throws InvalidContentException at {@code end} if the format cannot hold the date-time
         */
        public final Event.Builder end(OffsetDateTime end) {
            return end(Plain.<OffsetDateTime, Moment>value(Event.class, "end", Moment::of, end));
        }

        /**
         * @param end when it ends: the date-time, in a zone such as {@code Asia/Makassar}
         * @return this builder
         * @throws InvalidContentException at {@code end} if the format cannot hold the date-time
         */
        public final Event.Builder end(ZonedDateTime end) {
            return end(Plain.<ZonedDateTime, Moment>value(Event.class, "end", Moment::of, end));
        }

        /**
         * @param url the event's page, an absolute https URL, such as {@code https://wcce2022.id}
         * @return this builder
         * @throws InvalidContentException at {@code url} if the text is not an absolute https URL
         */
        public final Event.Builder url(String url) {
            return url(Plain.link(Event.class, "url", url));
        }
    }
}
