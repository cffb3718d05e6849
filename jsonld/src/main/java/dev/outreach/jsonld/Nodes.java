package dev.outreach.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outreach.core.AttendanceMode;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Commentary;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.Moment;
import dev.outreach.core.Organization;
import dev.outreach.core.Partner;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.Speaker;
import dev.outreach.core.Subdivision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the schema.org nodes of the model under one base IRI. Every node is a fresh tree;
 * nothing is shared or cached, so an instance is immutable and safe to share between threads.
 */
final class Nodes {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private final String base;

    Nodes(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    // ---- identifiers -------------------------------------------------------------------

    String programIri(String id) {
        return base + "programs/" + id;
    }

    String episodeIri(String id) {
        return base + "episodes/" + id;
    }

    String eventIri(String id) {
        return base + "events/" + id;
    }

    String personIri(String id) {
        return base + "people/" + id;
    }

    String organizationIri(String id) {
        return base + "organizations/" + id;
    }

    // ---- values ------------------------------------------------------------------------

    /** A node of the given type and, when not null, identifier; {@code @type} comes first. */
    static ObjectNode node(String type, String iri) {
        ObjectNode node = FACTORY.objectNode();
        node.put("@type", type);
        if (iri != null) {
            node.put("@id", iri);
        }
        return node;
    }

    /** A reference to a node described elsewhere in the document. */
    static ObjectNode reference(String iri) {
        return FACTORY.objectNode().put("@id", iri);
    }

    /**
     * A bilingual text as JSON-LD language values: one value object when only one language is
     * given, an array of Indonesian then English when both are.
     */
    static JsonNode text(BilingualText text) {
        List<JsonNode> values = new ArrayList<>(2);
        text.indonesian().ifPresent(value -> values.add(languageValue(value, "id")));
        text.english().ifPresent(value -> values.add(languageValue(value, "en")));
        return values.size() == 1 ? values.get(0) : FACTORY.arrayNode().addAll(values);
    }

    static ObjectNode languageValue(String value, String language) {
        return FACTORY.objectNode().put("@value", value).put("@language", language);
    }

    /** A date as the source gives it: a day stays a day, a date-time keeps its offset. */
    static String date(Moment moment) {
        return moment.toString();
    }

    /** Sets a property to nothing (absent), one value, or an array of several. */
    static void put(ObjectNode node, String property, List<? extends JsonNode> values) {
        if (values.size() == 1) {
            node.set(property, values.get(0));
        } else if (!values.isEmpty()) {
            ArrayNode array = node.putArray(property);
            array.addAll(values);
        }
    }

    // ---- people and organizations ------------------------------------------------------

    /** An Organization, with its acronym as alternateName and its provinces as areaServed. */
    ObjectNode organization(Organization organization) {
        ObjectNode node = node("Organization", organizationIri(organization.id()));
        node.set("name", text(organization.name()));
        organization.acronym().ifPresent(acronym -> node.put("alternateName", acronym));
        organization.website().ifPresent(url -> node.put("url", url.toString()));
        List<JsonNode> areas = new ArrayList<>();
        for (Subdivision province : organization.provinces()) {
            ObjectNode area = node("AdministrativeArea", null);
            area.put("name", province.name().orElse(province.code()));
            area.put("identifier", province.code());
            areas.add(area);
        }
        put(node, "areaServed", areas);
        return node;
    }

    /** A Person, with the job title and employer they had at the time. */
    ObjectNode person(Person person) {
        ObjectNode node = node("Person", personIri(person.id()));
        node.put("name", person.name());
        person.honorificPrefix().ifPresent(prefix -> node.put("honorificPrefix", prefix));
        person.jobTitle().ifPresent(title -> node.set("jobTitle", text(title)));
        person.affiliation().ifPresent(organization -> node.set("worksFor", organization(organization)));
        return node;
    }

    /**
     * Adds a program's partners to a series or episode node: a sponsor as {@code sponsor}, any
     * other partner as a {@code contributor} Role whose roleName is the partner role's code.
     */
    void partners(ObjectNode node, List<Partner> partners) {
        List<JsonNode> contributors = new ArrayList<>();
        List<JsonNode> sponsors = new ArrayList<>();
        for (Partner partner : partners) {
            if (partner.role() == PartnerRole.SPONSOR) {
                sponsors.add(organization(partner.organization()));
            } else {
                ObjectNode role = node("Role", null);
                role.put("roleName", partner.role().code());
                role.set("contributor", organization(partner.organization()));
                contributors.add(role);
            }
        }
        put(node, "contributor", contributors);
        put(node, "sponsor", sponsors);
    }

    // ---- programs and episodes ---------------------------------------------------------

    /** A PodcastSeries with its organizer as publisher, its partners and its episodes. */
    ObjectNode program(Program program) {
        ObjectNode node = node("PodcastSeries", programIri(program.id()));
        node.set("name", text(program.name()));
        program.description().ifPresent(description -> node.set("description", text(description)));
        program.url().ifPresent(url -> node.put("url", url.toString()));
        node.set("publisher", organization(program.organizer()));
        partners(node, program.partners());
        List<JsonNode> episodes = new ArrayList<>();
        for (Episode episode : program.episodes()) {
            episodes.add(episode(episode, program));
        }
        put(node, "hasPart", episodes);
        return node;
    }

    /** A short node naming a program, for an episode's partOfSeries. */
    ObjectNode series(Program program) {
        ObjectNode node = node("PodcastSeries", programIri(program.id()));
        node.set("name", text(program.name()));
        return node;
    }

    /**
     * A PodcastEpisode. With its program: partOfSeries, the platform, and the partners with
     * their roles. Without it (null): no partOfSeries, the episode's own platform if it has
     * one, and the partners as plain contributor references, their roles being the program's.
     */
    ObjectNode episode(Episode episode, Program program) {
        ObjectNode node = node("PodcastEpisode", episodeIri(episode.id()));
        node.set("name", text(episode.title()));
        episode.description().ifPresent(description -> node.set("description", text(description)));
        node.put("episodeNumber", episode.number());
        if (program != null) {
            node.set("partOfSeries", series(program));
        }
        episode.url().ifPresent(url -> node.put("url", url.toString()));
        if (episode.aired().isPresent()) {
            String aired = date(episode.aired().get());
            node.put("datePublished", aired);
            ObjectNode broadcast = node("BroadcastEvent", null);
            broadcast.put("isLiveBroadcast", true);
            broadcast.put("startDate", aired);
            Optional.ofNullable(episode.platform().orElse(program == null ? null : program.platform()))
                    .ifPresent(platform -> {
                        ObjectNode service = node("BroadcastService", null);
                        service.put("name", Vocabulary.platformName(platform));
                        broadcast.set("publishedOn", service);
                    });
            node.set("publication", broadcast);
        }
        List<JsonNode> actors = new ArrayList<>();
        for (Speaker speaker : episode.speakers()) {
            ObjectNode role = node("PerformanceRole", null);
            role.put("roleName", speaker.role().code());
            role.set("actor", person(speaker.person()));
            actors.add(role);
        }
        put(node, "actor", actors);
        if (program != null) {
            List<Partner> partners = new ArrayList<>();
            for (String id : episode.partnerIds()) {
                partners.add(program.partner(id).orElseThrow());
            }
            partners(node, partners);
        } else {
            List<JsonNode> contributors = new ArrayList<>();
            for (String id : episode.partnerIds()) {
                contributors.add(reference(organizationIri(id)));
            }
            put(node, "contributor", contributors);
        }
        List<JsonNode> events = new ArrayList<>();
        for (String id : episode.eventIds()) {
            events.add(reference(eventIri(id)));
        }
        put(node, "about", events);
        List<JsonNode> quotes = new ArrayList<>();
        for (Quote quote : episode.quotes()) {
            quotes.add(quote(quote));
        }
        put(node, "hasPart", quotes);
        return node;
    }

    /**
     * Words a person said: a Quotation when verbatim; a paraphrase, which schema.org has no
     * type for, as a plain CreativeWork so that it is never presented as a quotation.
     */
    ObjectNode quote(Quote quote) {
        ObjectNode node = node(quote.form() == QuoteForm.VERBATIM ? "Quotation" : "CreativeWork", null);
        node.set("creator", reference(personIri(quote.speakerId())));
        node.set("text", text(quote.text()));
        node.put("inLanguage", quote.language().toString());
        quote.saidAt().ifPresent(moment -> node.put("dateCreated", date(moment)));
        quote.source().ifPresent(url -> node.put("isBasedOn", url.toString()));
        return node;
    }

    // ---- events ------------------------------------------------------------------------

    /**
     * An Event, refused with {@link IncompleteEventException} when it lacks what an Event rich
     * result requires. Its larger events become superEvent: resolved through {@code lookup}
     * when one is given (an unknown identifier is refused), references otherwise.
     */
    ObjectNode event(Event event, Function<String, Optional<Event>> lookup) {
        requirePublishable(event);
        ObjectNode node = node("Event", eventIri(event.id()));
        node.set("name", text(event.name()));
        event.acronym().ifPresent(acronym -> node.put("alternateName", acronym));
        event.description().ifPresent(description -> node.set("description", text(description)));
        event.theme().ifPresent(theme -> {
            ObjectNode about = node("Thing", null);
            about.set("name", text(theme));
            node.set("about", about);
        });
        node.put("startDate", date(event.start().orElseThrow()));
        event.end().ifPresent(end -> node.put("endDate", date(end)));
        List<JsonNode> locations = new ArrayList<>(2);
        event.location().ifPresent(place -> locations.add(place(place)));
        AttendanceMode mode = event.attendanceMode().orElse(null);
        if (mode == AttendanceMode.ONLINE || mode == AttendanceMode.MIXED) {
            ObjectNode virtual = node("VirtualLocation", null);
            virtual.put("url", event.url().orElseThrow().toString());
            locations.add(virtual);
        }
        put(node, "location", locations);
        if (mode != null) {
            node.put("eventAttendanceMode", Vocabulary.attendanceMode(mode));
        }
        event.status().ifPresent(status -> node.put("eventStatus", Vocabulary.eventStatus(status)));
        List<JsonNode> organizers = new ArrayList<>();
        for (Organization organizer : event.organizers()) {
            organizers.add(organization(organizer));
        }
        put(node, "organizer", organizers);
        List<JsonNode> larger = new ArrayList<>();
        for (EventRelation relation : event.relations()) {
            larger.add(superEvent(event, relation, lookup));
        }
        put(node, "superEvent", larger);
        event.url().ifPresent(url -> node.put("url", url.toString()));
        return node;
    }

    private ObjectNode superEvent(Event event, EventRelation relation, Function<String, Optional<Event>> lookup) {
        if (lookup == null) {
            return reference(eventIri(relation.eventId()));
        }
        Optional<Event> found = lookup.apply(relation.eventId());
        if (found == null || found.isEmpty()) {
            throw new IllegalArgumentException("Event \"" + event.id() + "\" is " + relation.kind().code()
                    + " \"" + relation.eventId() + "\", which the given events do not include");
        }
        Event other = found.get();
        ObjectNode node = node("Event", eventIri(other.id()));
        node.set("name", text(other.name()));
        other.acronym().ifPresent(acronym -> node.put("alternateName", acronym));
        return node;
    }

    /** A Place with a PostalAddress: as much as the model says, down from the country. */
    static ObjectNode place(Place place) {
        ObjectNode node = node("Place", null);
        place.name().ifPresent(name -> node.set("name", text(name)));
        ObjectNode address = node("PostalAddress", null);
        place.locality().ifPresent(locality -> address.put("addressLocality", locality));
        place.subdivision().ifPresent(subdivision ->
                address.put("addressRegion", subdivision.name().orElse(subdivision.code())));
        address.put("addressCountry", place.country().code());
        node.set("address", address);
        return node;
    }

    /** Whether the event has a start and location that an Event rich result can be built from. */
    static boolean isPublishable(Event event) {
        return problems(event, new ArrayList<>(), new ArrayList<>()) == 0;
    }

    static void requirePublishable(Event event) {
        List<String> properties = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (problems(event, properties, reasons) > 0) {
            throw new IncompleteEventException(event.id(), properties, reasons);
        }
    }

    private static int problems(Event event, List<String> properties, List<String> reasons) {
        AttendanceMode mode = event.attendanceMode().orElse(AttendanceMode.OFFLINE);
        boolean online = mode != AttendanceMode.OFFLINE;
        if (event.start().isEmpty()) {
            properties.add("startDate");
            reasons.add("no start (startDate)");
        } else if (online && !event.start().get().hasTime()) {
            properties.add("startDate");
            reasons.add("a start with no time of day and UTC offset (startDate; "
                    + (mode == AttendanceMode.ONLINE ? "an online" : "a mixed") + " event needs both)");
        }
        if (mode != AttendanceMode.ONLINE && event.location().isEmpty()) {
            properties.add("location");
            reasons.add("no location (location)");
        }
        if (online && event.url().isEmpty()) {
            properties.add("location");
            reasons.add("no url for its VirtualLocation (location)");
        }
        return properties.size();
    }

    // ---- coverage ----------------------------------------------------------------------

    /**
     * A NewsArticle: outlet as publisher, byline as author, dateline, the programs, episodes and
     * events it is about (resolved through the dossier), and each commentary as a Comment.
     */
    ObjectNode coverage(Coverage coverage, Dossier dossier) {
        ObjectNode node = node("NewsArticle", null);
        coverage.headline().ifPresent(headline -> node.set("headline", text(headline)));
        node.put("inLanguage", coverage.language().toString());
        coverage.published().ifPresent(published -> node.put("datePublished", date(published)));
        coverage.url().ifPresent(url -> node.put("url", url.toString()));
        coverage.dateline().ifPresent(dateline -> node.put("dateline", dateline));
        coverage.byline().ifPresent(byline -> {
            ObjectNode author = node("Person", null);
            author.put("name", byline);
            node.set("author", author);
        });
        ObjectNode publisher = node("Organization", null);
        publisher.put("name", coverage.outlet());
        node.set("publisher", publisher);
        List<JsonNode> about = new ArrayList<>();
        for (String id : coverage.about()) {
            about.add(subject(id, dossier));
        }
        put(node, "about", about);
        List<JsonNode> comments = new ArrayList<>();
        for (Commentary commentary : coverage.commentaries()) {
            comments.add(commentary(commentary));
        }
        put(node, "hasPart", comments);
        return node;
    }

    /** A short node naming the program, episode or event with that identifier. */
    private ObjectNode subject(String id, Dossier dossier) {
        for (Program program : dossier.programs()) {
            if (program.id().equals(id)) {
                return series(program);
            }
            for (Episode episode : program.episodes()) {
                if (episode.id().equals(id)) {
                    ObjectNode node = node("PodcastEpisode", episodeIri(id));
                    node.set("name", text(episode.title()));
                    return node;
                }
            }
        }
        Optional<Event> event = dossier.event(id);
        if (event.isPresent()) {
            ObjectNode node = node("Event", eventIri(id));
            node.set("name", text(event.get().name()));
            return node;
        }
        throw new IllegalArgumentException("the coverage is about \"" + id
                + "\", which is no program, episode or event of the given dossier");
    }

    /**
     * A third party's commentary as a Comment by them, with the article's summary of their point
     * as description and their quotes.
     */
    ObjectNode commentary(Commentary commentary) {
        ObjectNode node = node("Comment", null);
        node.set("author", person(commentary.commentator()));
        commentary.summary().ifPresent(summary -> node.set("description", text(summary)));
        List<JsonNode> quotes = new ArrayList<>();
        for (Quote quote : commentary.quotes()) {
            quotes.add(quote(quote));
        }
        put(node, "hasPart", quotes);
        return node;
    }
}
