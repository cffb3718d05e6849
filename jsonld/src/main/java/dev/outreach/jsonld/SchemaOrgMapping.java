package dev.outreach.jsonld;

import static dev.outreach.jsonld.Values.date;
import static dev.outreach.jsonld.Values.languageValue;
import static dev.outreach.jsonld.Values.node;
import static dev.outreach.jsonld.Values.put;
import static dev.outreach.jsonld.Values.reference;
import static dev.outreach.jsonld.Values.text;

import dev.outreach.core.AttendanceMode;
import dev.outreach.core.Commentary;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.Moment;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Organization;
import dev.outreach.core.Partner;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.Recording;
import dev.outreach.core.Speaker;
import dev.outreach.core.Subdivision;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model as schema.org nodes, as {@link JsonLdWriter}'s Javadoc describes the mapping, with
 * identifiers under one base IRI. Every node is a fresh tree; nothing is shared or cached, so an
 * instance is immutable and safe to share between threads.
 */
final class SchemaOrgMapping {

    private final Iris iris;

    SchemaOrgMapping(Iris iris) {
        this.iris = iris;
    }

    // ---- people and organizations ------------------------------------------------------

    /**
     * An Organization of the schema.org type of its kind, with its acronym as alternateName, its
     * provinces as areaServed, a mission's host country as its location and the organization it
     * belongs to as parentOrganization.
     */
    JsonObject organization(Organization organization) {
        JsonObject node = node(Vocabulary.organizationType(organization.kind()), iris.organization(organization.id()));
        node.put("name", text(organization.name()));
        organization.acronym().ifPresent(acronym -> node.put("alternateName", acronym));
        organization.website().ifPresent(url -> node.put("url", url.toString()));
        List<JsonObject> areas = new ArrayList<>();
        for (Subdivision province : organization.provinces()) {
            areas.add(node("AdministrativeArea", null)
                    .put("name", province.name().orElse(province.code()))
                    .put("identifier", province.code()));
        }
        put(node, "areaServed", areas);
        organization.hostCountry().ifPresent(country -> node.put("location", node("Country", null)
                .put("name", country.code())
                .put("identifier", country.code())));
        organization.parentOrganization().ifPresent(parent -> node.put("parentOrganization", organization(parent)));
        return node;
    }

    /** A Person, with the job title and employer they had at the time. */
    JsonObject person(Person person) {
        JsonObject node = node("Person", iris.person(person.id()));
        node.put("name", person.name());
        person.honorificPrefix().ifPresent(prefix -> node.put("honorificPrefix", prefix));
        person.jobTitle().ifPresent(title -> node.put("jobTitle", text(title)));
        person.affiliation().ifPresent(organization -> node.put("worksFor", organization(organization)));
        return node;
    }

    /**
     * Adds partners to a series or episode node: a sponsor as {@code sponsor}, any other partner
     * as a {@code contributor} Role whose roleName is the partner role's code.
     */
    private void partners(JsonObject node, List<Partner> partners) {
        List<JsonObject> contributors = new ArrayList<>();
        List<JsonObject> sponsors = new ArrayList<>();
        for (Partner partner : partners) {
            if (partner.role() == PartnerRole.SPONSOR) {
                sponsors.add(organization(partner.organization()));
            } else {
                contributors.add(node("Role", null)
                        .put("roleName", partner.role().code())
                        .put("contributor", organization(partner.organization())));
            }
        }
        put(node, "contributor", contributors);
        put(node, "sponsor", sponsors);
    }

    // ---- programs and episodes ---------------------------------------------------------

    /** A PodcastSeries with its organizer as publisher, its partners and its episodes. */
    JsonObject program(Program program) {
        JsonObject node = series(program);
        program.description().ifPresent(description -> node.put("description", text(description)));
        program.url().ifPresent(url -> node.put("url", url.toString()));
        node.put("publisher", organization(program.organizer()));
        partners(node, program.partners());
        List<JsonObject> episodes = new ArrayList<>();
        for (Episode episode : program.episodes()) {
            episodes.add(episode(episode, program));
        }
        put(node, "hasPart", episodes);
        return node;
    }

    /** A short node naming a program, for an episode's partOfSeries or an article's about. */
    private JsonObject series(Program program) {
        return node("PodcastSeries", iris.program(program.id())).put("name", text(program.name()));
    }

    /**
     * A PodcastEpisode. With its program: partOfSeries, the platform, and the partners with
     * their roles. Without it (null): no partOfSeries, the episode's own platform if it has
     * one, and the partners as plain contributor references, their roles being the program's.
     */
    JsonObject episode(Episode episode, Program program) {
        JsonObject node = node("PodcastEpisode", iris.episode(episode.id()));
        node.put("name", text(episode.title()));
        episode.description().ifPresent(description -> node.put("description", text(description)));
        node.put("episodeNumber", episode.number());
        if (program != null) {
            node.put("partOfSeries", series(program));
        }
        episode.url().ifPresent(url -> node.put("url", url.toString()));
        if (episode.aired().isPresent()) {
            String aired = date(episode.aired().get());
            node.put("datePublished", aired);
            JsonObject broadcast = node("BroadcastEvent", null).put("isLiveBroadcast", true).put("startDate", aired);
            endDate(episode).ifPresent(end -> broadcast.put("endDate", end));
            Optional.ofNullable(episode.platform().orElse(program == null ? null : program.platform()))
                    .ifPresent(platform -> broadcast.put("publishedOn",
                            node("BroadcastService", null).put("name", Vocabulary.platformName(platform))));
            node.put("publication", broadcast);
        }
        episode.recording().ifPresent(recording -> node.put("audio", audio(recording)));
        List<JsonObject> actors = new ArrayList<>();
        for (Speaker speaker : episode.speakers()) {
            actors.add(node("PerformanceRole", null)
                    .put("roleName", speaker.role().code())
                    .put("actor", person(speaker.person())));
        }
        put(node, "actor", actors);
        if (program != null) {
            partners(node, Lookups.partners(episode, program));
        } else {
            List<JsonObject> contributors = new ArrayList<>();
            for (String id : episode.partnerIds()) {
                contributors.add(reference(iris.organization(id)));
            }
            put(node, "contributor", contributors);
        }
        List<JsonObject> events = new ArrayList<>();
        for (String id : episode.eventIds()) {
            events.add(reference(iris.event(id)));
        }
        put(node, "about", events);
        put(node, "hasPart", quotes(episode.quotes()));
        return node;
    }

    /**
     * When the live broadcast ended: its end time, or the time it aired plus its duration when
     * that time is known (a day plus a duration is no time of day).
     */
    private static Optional<String> endDate(Episode episode) {
        if (episode.ended().isPresent()) {
            return Optional.of(date(episode.ended().get()));
        }
        Optional<OffsetDateTime> aired = episode.aired().flatMap(Moment::dateTime);
        if (aired.isPresent() && episode.duration().isPresent()) {
            return Optional.of(date(Moment.of(aired.get().plus(episode.duration().get()))));
        }
        return Optional.empty();
    }

    /**
     * A recording: an AudioObject with its contentUrl and duration; its transcript, a link
     * (schema.org's transcript takes the text itself), a DigitalDocument in its language that
     * is the recording's subjectOf.
     */
    private static JsonObject audio(Recording recording) {
        JsonObject node = node("AudioObject", null).put("contentUrl", recording.url().toString());
        recording.duration().ifPresent(duration -> node.put("duration", duration.toString()));
        if (recording.transcript().isPresent()) {
            JsonObject transcript = node("DigitalDocument", null).put("url", recording.transcript().get().toString());
            recording.transcriptLanguage().ifPresent(language -> transcript.put("inLanguage", language.toString()));
            node.put("subjectOf", transcript);
        }
        return node;
    }

    /**
     * Words a person said: a Quotation when verbatim; a paraphrase, which schema.org has no
     * type for, as a plain CreativeWork so that it is never presented as a quotation.
     *
     * <p>A Quotation's {@code text} is the original alone, in the language it was said in;
     * each translation goes beside it as a {@code workTranslation}, a CreativeWork with its own
     * {@code text} and {@code inLanguage}, so that no translation is ever published as the
     * speaker's words. A paraphrase's text is in every language it has.
     */
    private List<JsonObject> quotes(List<Quote> quotes) {
        List<JsonObject> nodes = new ArrayList<>();
        for (Quote quote : quotes) {
            boolean verbatim = quote.form() == QuoteForm.VERBATIM;
            JsonObject node = node(verbatim ? "Quotation" : "CreativeWork", null);
            node.put("creator", reference(iris.person(quote.speakerId())));
            node.put("text", verbatim ? languageValue(quote.text(), quote.originalLanguage()) : text(quote.text()));
            node.put("inLanguage", quote.language().toString());
            quote.saidAt().ifPresent(moment -> node.put("dateCreated", date(moment)));
            quote.source().ifPresent(url -> node.put("isBasedOn", url.toString()));
            if (verbatim) {
                List<JsonObject> translations = new ArrayList<>();
                for (LanguageTag language : quote.translations()) {
                    translations.add(node("CreativeWork", null).put("text", languageValue(quote.text(), language))
                            .put("inLanguage", language.toString()));
                }
                put(node, "workTranslation", translations);
            }
            nodes.add(node);
        }
        return nodes;
    }

    // ---- events ------------------------------------------------------------------------

    /**
     * An Event, refused with {@link IncompleteEventException} when it lacks what an Event rich
     * result requires. Its larger events become superEvent: resolved through {@code lookup}
     * when one is given (an unknown identifier is refused), references otherwise.
     */
    JsonObject event(Event event, Function<String, Optional<Event>> lookup) {
        RichResults.requirePublishable(event);
        JsonObject node = named(event);
        event.description().ifPresent(description -> node.put("description", text(description)));
        event.theme().ifPresent(theme -> node.put("about", node("Thing", null).put("name", text(theme))));
        node.put("startDate", date(event.start().orElseThrow()));
        event.end().ifPresent(end -> node.put("endDate", date(end)));
        List<JsonObject> locations = new ArrayList<>(2);
        event.location().ifPresent(place -> locations.add(place(place)));
        AttendanceMode mode = event.attendanceMode().orElse(null);
        if (mode == AttendanceMode.ONLINE || mode == AttendanceMode.MIXED) {
            locations.add(node("VirtualLocation", null).put("url", event.url().orElseThrow().toString()));
        }
        put(node, "location", locations);
        if (mode != null) {
            node.put("eventAttendanceMode", Vocabulary.attendanceMode(mode));
        }
        event.status().ifPresent(status -> node.put("eventStatus", Vocabulary.eventStatus(status)));
        List<JsonObject> organizers = new ArrayList<>();
        for (Organization organizer : event.organizers()) {
            organizers.add(organization(organizer));
        }
        put(node, "organizer", organizers);
        List<JsonObject> larger = new ArrayList<>();
        for (EventRelation relation : event.relations()) {
            larger.add(lookup == null ? reference(iris.event(relation.eventId()))
                    : named(Lookups.largerEvent(event, relation, lookup)));
        }
        put(node, "superEvent", larger);
        event.url().ifPresent(url -> node.put("url", url.toString()));
        return node;
    }

    /** A short node naming an event, with its acronym as alternateName. */
    private JsonObject named(Event event) {
        JsonObject node = node("Event", iris.event(event.id())).put("name", text(event.name()));
        event.acronym().ifPresent(acronym -> node.put("alternateName", acronym));
        return node;
    }

    /** A Place with a PostalAddress: as much as the model says, down from the country. */
    private static JsonObject place(Place place) {
        JsonObject node = node("Place", null);
        place.name().ifPresent(name -> node.put("name", text(name)));
        JsonObject address = node("PostalAddress", null);
        place.locality().ifPresent(locality -> address.put("addressLocality", locality));
        place.subdivision().ifPresent(subdivision ->
                address.put("addressRegion", subdivision.name().orElse(subdivision.code())));
        address.put("addressCountry", place.country().code());
        return node.put("address", address);
    }

    // ---- coverage ----------------------------------------------------------------------

    /**
     * A NewsArticle: outlet as publisher, byline as author, dateline, the programs, episodes and
     * events it is about (resolved through the dossier), and each commentary as a Comment.
     */
    JsonObject coverage(Coverage coverage, Dossier dossier) {
        JsonObject node = node("NewsArticle", null);
        coverage.headline().ifPresent(headline -> node.put("headline", text(headline)));
        node.put("inLanguage", coverage.language().toString());
        coverage.published().ifPresent(published -> node.put("datePublished", date(published)));
        coverage.url().ifPresent(url -> node.put("url", url.toString()));
        coverage.dateline().ifPresent(dateline -> node.put("dateline", dateline));
        coverage.byline().ifPresent(byline -> node.put("author", node("Person", null).put("name", byline)));
        node.put("publisher", node("NewsMediaOrganization", null).put("name", coverage.outlet()));
        List<JsonObject> about = new ArrayList<>();
        for (String id : coverage.about()) {
            about.add(subject(Lookups.subject(id, dossier)));
        }
        put(node, "about", about);
        List<JsonObject> comments = new ArrayList<>();
        for (Commentary commentary : coverage.commentaries()) {
            comments.add(commentary(commentary));
        }
        put(node, "hasPart", comments);
        return node;
    }

    /** A short node naming a program, episode or event, as found by {@link Lookups#subject}. */
    private JsonObject subject(Object subject) {
        if (subject instanceof Program program) {
            return series(program);
        }
        if (subject instanceof Episode episode) {
            return node("PodcastEpisode", iris.episode(episode.id())).put("name", text(episode.title()));
        }
        Event event = (Event) subject;
        return node("Event", iris.event(event.id())).put("name", text(event.name()));
    }

    /**
     * A third party's commentary as a Comment by them, with the article's summary of their point
     * as description and their quotes.
     */
    private JsonObject commentary(Commentary commentary) {
        JsonObject node = node("Comment", null);
        node.put("author", person(commentary.commentator()));
        commentary.summary().ifPresent(summary -> node.put("description", text(summary)));
        put(node, "hasPart", quotes(commentary.quotes()));
        return node;
    }
}
