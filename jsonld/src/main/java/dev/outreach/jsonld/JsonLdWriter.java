package dev.outreach.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Program;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes Outreach content as schema.org JSON-LD documents, for search engines and linked-data
 * consumers. Each document is a Jackson {@link ObjectNode} with {@code "@context":
 * "https://schema.org"}; {@link #writeString(Object)} and {@link #toJson(JsonNode)} print one.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>A {@link Program} is a {@code PodcastSeries}: its organizer is the {@code publisher},
 *       its episodes are its {@code hasPart}.</li>
 *   <li>An {@link Episode} is a {@code PodcastEpisode} with {@code episodeNumber} and
 *       {@code partOfSeries}; when it aired, {@code datePublished} and a {@code publication}
 *       {@code BroadcastEvent} ({@code isLiveBroadcast}: true, {@code startDate}, {@code
 *       publishedOn} the platform as a {@code BroadcastService}). Each speaker is an {@code
 *       actor}, a {@code PerformanceRole} whose {@code roleName} is the speaker role's code
 *       ({@code guest}, {@code host}, ...) around the {@code Person}. Each quote is a {@code
 *       Quotation} in {@code hasPart} ({@code creator}, {@code text}, {@code inLanguage}, {@code
 *       dateCreated}, {@code isBasedOn}); a paraphrase is a plain {@code CreativeWork}, never a
 *       Quotation. The events it promoted are its {@code about}.</li>
 *   <li>A partner of a program or episode is a {@code contributor}: a {@code Role} whose {@code
 *       roleName} is the partner role's code ({@code co-host}, {@code media-partner}, ...)
 *       around the {@code Organization}; a sponsor is a {@code sponsor}.</li>
 *   <li>A {@code Person} has {@code name}, {@code honorificPrefix}, {@code jobTitle} and {@code
 *       worksFor} as they were at the time; an {@code Organization} has {@code name}, its
 *       acronym as {@code alternateName}, {@code url} and, when regional, its provinces as
 *       {@code areaServed}.</li>
 *   <li>An {@link Event} is an {@code Event} with {@code name}, its acronym as {@code
 *       alternateName}, {@code description}, its theme as {@code about}, {@code startDate},
 *       {@code endDate}, {@code location} (a {@code Place} with a {@code PostalAddress}; an
 *       online or mixed event also a {@code VirtualLocation} at its url), {@code
 *       eventAttendanceMode} and {@code eventStatus} as schema.org enumeration URLs, {@code
 *       organizer}, {@code superEvent} for the events it is a side event or part of, and {@code
 *       url}. schema.org has no property for an event's edition, which is not written.</li>
 *   <li>A {@link Coverage} is a {@code NewsArticle}: {@code headline}, {@code inLanguage},
 *       {@code datePublished}, {@code url}, {@code dateline}, the byline as the {@code author}'s
 *       name, the outlet as {@code publisher}, its subjects as {@code about}, and each
 *       commentary as a {@code Comment} in {@code hasPart} (the commentator as {@code author},
 *       the article's summary of their point as {@code description}, their quotes in {@code
 *       hasPart}). Where a commentary was
 *       made ("elsewhere") has no schema.org property and is not written.</li>
 * </ul>
 *
 * <h2>Identifiers, texts and dates</h2>
 * Every program, episode, event, person and organization has a stable {@code @id} under the
 * base IRI given to {@link #withBase(String)}: {@code {base}programs/kemlu-space}, {@code
 * {base}episodes/road-to-wcce}, {@code {base}events/wcce-2022}, {@code
 * {base}people/antonius-yudi-triantoro}, {@code {base}organizations/kemlu}. A bilingual text is
 * written as JSON-LD language values, {@code [{"@value": "...", "@language": "id"}, {"@value":
 * "...", "@language": "en"}]}, or one value object when only one language is given. A date is
 * written as the source gives it: a day stays {@code 2022-10-04}, a date-time keeps its offset.
 * A property with one value has that value; with several, an array.
 *
 * <h2>Events that cannot be published</h2>
 * Google's Event rich results require {@code name}, {@code startDate} and {@code location}, and
 * an online event needs a start with a UTC offset and a {@code VirtualLocation}. The model lets
 * an event be known by name alone (the G20 that WCCE was a side event of), so an Event document
 * for an event without a start, without a location, or online without a url or a time of day is
 * refused with an {@link IncompleteEventException} naming the event and every missing property,
 * rather than written as markup that search engines reject. Such an event can still be named as
 * another event's {@code superEvent}.
 *
 * <p>An instance is immutable and safe to share between threads.
 */
public final class JsonLdWriter {

    /** The JSON-LD context of every document. */
    public static final String CONTEXT = "https://schema.org";

    /** The start tag of the element a web page carries JSON-LD in. */
    public static final String SCRIPT_START = "<script type=\"application/ld+json\">";
    /** The end tag of that element. */
    public static final String SCRIPT_END = "</script>";

    private static final ObjectWriter PRINTER = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
            .with(new ScriptSafeEscapes());

    private final Nodes nodes;

    private JsonLdWriter(String base) {
        this.nodes = new Nodes(base);
    }

    /**
     * @param baseIri the absolute {@code http} or {@code https} IRI under which identifiers are
     *                made, such as {@code https://example.go.id/outreach/}; a missing final
     *                {@code /} is added
     * @return a writer making identifiers under that IRI
     * @throws IllegalArgumentException if the IRI is not an absolute http(s) IRI with a host, or
     *                                  has a query or fragment
     */
    public static JsonLdWriter withBase(String baseIri) {
        Objects.requireNonNull(baseIri, "baseIri");
        URI uri;
        try {
            uri = new URI(baseIri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the base IRI is not a valid IRI: " + e.getMessage(), e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the base IRI must be an absolute http or https IRI with a host "
                    + "and no query or fragment, such as https://example.go.id/outreach/");
        }
        return new JsonLdWriter(baseIri.endsWith("/") ? baseIri : baseIri + "/");
    }

    /**
     * @param baseIri the absolute {@code http} or {@code https} IRI under which identifiers are made
     * @return a writer making identifiers under that IRI
     * @throws IllegalArgumentException as {@link #withBase(String)}
     */
    public static JsonLdWriter withBase(URI baseIri) {
        return withBase(Objects.requireNonNull(baseIri, "baseIri").toString());
    }

    /** @return the base IRI, ending with {@code /} */
    public String base() {
        return nodes.base();
    }

    /**
     * @param program a program
     * @return a {@code PodcastSeries} document with the program's episodes, partners and speakers
     */
    public ObjectNode program(Program program) {
        return document(nodes.program(Objects.requireNonNull(program, "program")));
    }

    /**
     * @param episode an episode
     * @param program the program it belongs to, for {@code partOfSeries}, the platform and the
     *                partners' roles
     * @return a {@code PodcastEpisode} document
     * @throws IllegalArgumentException if the program has no episode with the episode's identifier
     */
    public ObjectNode episode(Episode episode, Program program) {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(program, "program");
        if (program.episodes().stream().noneMatch(e -> e.id().equals(episode.id()))) {
            throw new IllegalArgumentException("episode \"" + episode.id() + "\" is not an episode of program \""
                    + program.id() + "\"");
        }
        return document(nodes.episode(episode, program));
    }

    /**
     * Writes an episode without its program, as an episode document read on its own: without
     * {@code partOfSeries}, with the platform only if the episode names its own, and its partners
     * as {@code contributor} references without roles (the roles are the program's).
     *
     * @param episode an episode
     * @return a {@code PodcastEpisode} document
     */
    public ObjectNode episode(Episode episode) {
        return document(nodes.episode(Objects.requireNonNull(episode, "episode"), null));
    }

    /**
     * Writes an event whose larger events are known by identifier only: each {@code superEvent}
     * is an {@code @id} reference.
     *
     * @param event an event
     * @return an {@code Event} document
     * @throws IncompleteEventException if the event lacks what an Event rich result requires
     */
    public ObjectNode event(Event event) {
        return document(nodes.event(Objects.requireNonNull(event, "event"), null));
    }

    /**
     * @param event   an event
     * @param dossier the dossier that has the event's larger events, named in {@code superEvent}
     * @return an {@code Event} document
     * @throws IncompleteEventException if the event lacks what an Event rich result requires
     * @throws IllegalArgumentException if a larger event is not in the dossier
     */
    public ObjectNode event(Event event, Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        return event(event, dossier::event);
    }

    /**
     * @param event  an event
     * @param lookup finds an event by identifier, for the event's larger events, named in
     *               {@code superEvent}
     * @return an {@code Event} document
     * @throws IncompleteEventException if the event lacks what an Event rich result requires
     * @throws IllegalArgumentException if the lookup does not find a larger event
     */
    public ObjectNode event(Event event, Function<String, Optional<Event>> lookup) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(lookup, "lookup");
        return document(nodes.event(event, lookup));
    }

    /**
     * @param coverage a news article
     * @param dossier  the dossier that has the programs, episodes and events it is about
     * @return a {@code NewsArticle} document
     * @throws IllegalArgumentException if the article is about something the dossier lacks
     */
    public ObjectNode coverage(Coverage coverage, Dossier dossier) {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(dossier, "dossier");
        return document(nodes.coverage(coverage, dossier));
    }

    /**
     * Writes everything in a dossier as one document with an {@code @graph}: each program (with
     * its episodes), each event that can be published as an Event (with its larger events
     * named), and each news article. An event without a start or location is not a node of the
     * graph of its own; it is named where another event is part of it.
     *
     * @param dossier a dossier
     * @return a document with an {@code @graph}
     */
    public ObjectNode dossier(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("@context", CONTEXT);
        ArrayNode graph = document.putArray("@graph");
        for (Program program : dossier.programs()) {
            graph.add(nodes.program(program));
        }
        for (Event event : dossier.events()) {
            if (Nodes.isPublishable(event)) {
                graph.add(nodes.event(event, dossier::event));
            }
        }
        for (Coverage coverage : dossier.coverage()) {
            graph.add(nodes.coverage(coverage, dossier));
        }
        return document;
    }

    /**
     * The entry point for tools that hold a model value of any kind, such as a content file just
     * read: a {@link Program}, an {@link Episode} (written without its program, as {@link
     * #episode(Episode)}), an {@link Event} (larger events as references, as {@link
     * #event(Event)}), or a {@link Dossier} (as {@link #dossier(Dossier)}). A {@link Coverage}
     * names its subjects by identifier only; write it with {@link #coverage(Coverage, Dossier)}.
     *
     * @param modelValue a Program, Episode, Event or Dossier
     * @return its JSON-LD document
     * @throws IncompleteEventException if it is an event that lacks what an Event rich result requires
     * @throws IllegalArgumentException if it is of another type
     */
    public ObjectNode write(Object modelValue) {
        Objects.requireNonNull(modelValue, "modelValue");
        if (modelValue instanceof Program) {
            return program((Program) modelValue);
        }
        if (modelValue instanceof Episode) {
            return episode((Episode) modelValue);
        }
        if (modelValue instanceof Event) {
            return event((Event) modelValue);
        }
        if (modelValue instanceof Dossier) {
            return dossier((Dossier) modelValue);
        }
        if (modelValue instanceof Coverage) {
            throw new IllegalArgumentException("a Coverage names its subjects by identifier only: write it "
                    + "with coverage(Coverage, Dossier), or write the Dossier that holds it");
        }
        throw new IllegalArgumentException("cannot write a " + modelValue.getClass().getName()
                + " as JSON-LD: expected a Program, Episode, Event or Dossier");
    }

    /**
     * @param modelValue a Program, Episode, Event or Dossier, as for {@link #write(Object)}
     * @return its JSON-LD document, indented
     * @throws IncompleteEventException if it is an event that lacks what an Event rich result requires
     * @throws IllegalArgumentException if it is of another type
     */
    public String writeString(Object modelValue) {
        return toJson(write(modelValue));
    }

    /**
     * @param modelValue a Program, Episode, Event or Dossier, as for {@link #write(Object)}
     * @return its JSON-LD document in a {@code <script type="application/ld+json">} element, to
     *         put as it is into a web page's {@code head} or {@code body}
     * @throws IncompleteEventException if it is an event that lacks what an Event rich result requires
     * @throws IllegalArgumentException if it is of another type
     */
    public String scriptElement(Object modelValue) {
        return toScriptElement(write(modelValue));
    }

    /**
     * @param document a document made by this class
     * @return the document in a {@code <script type="application/ld+json">} element, as
     *         {@link #toJson(JsonNode)} prints it
     */
    public static String toScriptElement(JsonNode document) {
        return SCRIPT_START + "\n" + toJson(document) + "\n" + SCRIPT_END;
    }

    /**
     * Prints a document as JSON that is safe to embed in a web page's {@code <script>} element:
     * in every string, property names included, {@code <}, {@code >} and {@code &} are written as
     * {@code \}{@code u003C}, {@code \}{@code u003E} and {@code \}{@code u0026}, and the line and
     * paragraph separators U+2028 and U+2029 as {@code \}{@code u2028} and {@code \}{@code u2029},
     * so that no text (a title of {@code </script><script>...}) can end the element, open a
     * comment or break a script that reads it. The JSON means the same.
     *
     * @param document a document made by this class
     * @return the document as indented JSON text
     */
    public static String toJson(JsonNode document) {
        try {
            return PRINTER.writeValueAsString(Objects.requireNonNull(document, "document"));
        } catch (JsonProcessingException e) {
            // A tree of plain JSON nodes always prints.
            throw new IllegalStateException(e);
        }
    }

    /** @return the node as a document: {@code @context} first, then the node's own keys */
    private static ObjectNode document(ObjectNode node) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("@context", CONTEXT);
        document.setAll(node);
        return document;
    }

    /** @return the base IRI, in the form {@code JsonLdWriter[https://example.go.id/outreach/]} */
    @Override
    public String toString() {
        return "JsonLdWriter[" + nodes.base() + "]";
    }
}
