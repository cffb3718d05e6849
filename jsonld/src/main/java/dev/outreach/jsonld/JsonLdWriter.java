package dev.outreach.jsonld;

import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Program;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes Outreach content as schema.org JSON-LD documents, for search engines and linked-data
 * consumers. Each document is a JSON object with {@code "@context": "https://schema.org"},
 * returned as indented text ({@link #program(Program)}, {@link #writeString(Object)}, ...),
 * appended to an {@link Appendable} such as a {@link java.io.Writer} ({@link #writeTo(Object,
 * Appendable)}), or wrapped in the {@code <script>} element a web page carries it in ({@link
 * #scriptElement(Object)}). The module needs no JSON library: parse the text with the one the
 * application has if it wants a tree.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>A {@link Program} is a {@code PodcastSeries}: its organizer is the {@code publisher},
 *       its episodes are its {@code hasPart}.</li>
 *   <li>An {@link Episode} is a {@code PodcastEpisode} with {@code episodeNumber} and
 *       {@code partOfSeries}; when it aired, {@code datePublished} and a {@code publication}
 *       {@code BroadcastEvent} ({@code isLiveBroadcast}: true, {@code startDate}, {@code endDate}
 *       when it ended or when its duration ends a known time, {@code
 *       publishedOn} the platform as a {@code BroadcastService}). Its recording is its {@code
 *       audio}, an {@code AudioObject} with {@code contentUrl} and {@code duration}, and its
 *       transcript, when it has one, a {@code DigitalDocument} ({@code url}, {@code inLanguage})
 *       that is the {@code AudioObject}'s {@code subjectOf}. Each speaker is an {@code
 *       actor}, a {@code PerformanceRole} whose {@code roleName} is the speaker role's code
 *       ({@code guest}, {@code host}, ...) around the {@code Person}. Each quote is a {@code
 *       Quotation} in {@code hasPart} ({@code creator}, {@code text}, {@code inLanguage}, {@code
 *       dateCreated}, {@code isBasedOn}): its {@code text} is the original alone, in the language
 *       it was said in, and each translation is a {@code workTranslation} beside it (a {@code
 *       CreativeWork} with its own {@code text} and {@code inLanguage}), never the quotation
 *       itself; a paraphrase is a plain {@code CreativeWork}, never a Quotation, its text in
 *       every language it has. The events it promoted are its {@code about}.</li>
 *   <li>Every text is written in every language it has, as value objects ({@code @value},
 *       {@code @language}), Indonesian, English, then the others by tag; right-to-left text, or
 *       text whose direction is given explicitly, has {@code @direction} (JSON-LD 1.1), as
 *       W3C's "Strings on the Web" asks.</li>
 *   <li>A partner of a program or episode is a {@code contributor}: a {@code Role} whose {@code
 *       roleName} is the partner role's code ({@code co-host}, {@code media-partner}, ...)
 *       around the {@code Organization}; a sponsor is a {@code sponsor}.</li>
 *   <li>A {@code Person} has {@code name}, {@code honorificPrefix}, {@code jobTitle} and {@code
 *       worksFor} as they were at the time; an organization has {@code name}, its
 *       acronym as {@code alternateName}, {@code url}, when regional its provinces as
 *       {@code areaServed}, a diplomatic mission's host country as its {@code location} (a {@code
 *       Country} whose {@code name} and {@code identifier} are the ISO 3166-1 code), and the
 *       organization it belongs to as {@code parentOrganization}. Its type is the most specific
 *       one schema.org has for its kind: {@code GovernmentOrganization} for a ministry, a
 *       government agency or a diplomatic mission, {@code NewsMediaOrganization} for media,
 *       {@code ResearchOrganization} for a think tank, {@code NGO} for civil society, {@code
 *       EducationalOrganization} for an academic body, and {@code Organization} for a business
 *       or an international organization.</li>
 *   <li>An {@link Event} is an {@code Event} with {@code name}, its acronym as {@code
 *       alternateName}, {@code description}, its theme as {@code about}, {@code startDate},
 *       {@code endDate}, {@code location} (a {@code Place} with a {@code PostalAddress}; an
 *       online or mixed event also a {@code VirtualLocation} at its url), {@code
 *       eventAttendanceMode} and {@code eventStatus} as schema.org enumeration URLs, {@code
 *       organizer}, {@code superEvent} for the events it is a side event or part of, and {@code
 *       url}. schema.org has no property for an event's edition, which is not written.</li>
 *   <li>A {@link Coverage} is a {@code NewsArticle}: {@code headline}, {@code inLanguage},
 *       {@code datePublished}, {@code url}, {@code dateline}, the byline as the {@code author}'s
 *       name, the outlet as {@code publisher} (a {@code NewsMediaOrganization}), its subjects
 *       as {@code about}, and each commentary as a {@code Comment} in {@code hasPart} (the commentator as {@code author},
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
 * <h2>Safe in a web page</h2>
 * Every document is printed so that it can be put into a web page's {@code <script>} element as
 * it is: in every string, property names included, {@code <}, {@code >} and {@code &} are written
 * as {@code \}{@code u003C}, {@code \}{@code u003E} and {@code \}{@code u0026}, and the line and
 * paragraph separators U+2028 and U+2029 as {@code \}{@code u2028} and {@code \}{@code u2029},
 * so that no text (a title of {@code </script><script>...}) can end the element, open a comment
 * or break a script that reads it; {@code "}, {@code \} and control characters are escaped as
 * JSON requires. The JSON means the same. The text is indented by two spaces per object, with
 * {@code \n} line ends and no line end after the document's closing brace. {@link #SCRIPT_START}, a line
 * end, any document of this class, a line end and {@link #SCRIPT_END} make the element that
 * {@link #scriptElement(Object)} gives, for the documents it cannot make (an episode with its
 * program, coverage).
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

    private final Iris iris;
    private final SchemaOrgMapping mapping;

    private JsonLdWriter(Iris iris) {
        this.iris = iris;
        this.mapping = new SchemaOrgMapping(iris);
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
        return new JsonLdWriter(Iris.under(baseIri));
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
        return iris.base();
    }

    /**
     * @param program a program
     * @return a {@code PodcastSeries} document with the program's episodes, partners and speakers
     */
    public String program(Program program) {
        return print(programDocument(Objects.requireNonNull(program, "program")));
    }

    /**
     * @param episode an episode
     * @param program the program it belongs to, for {@code partOfSeries}, the platform and the
     *                partners' roles
     * @return a {@code PodcastEpisode} document
     * @throws IllegalArgumentException if the program has no episode with the episode's identifier
     */
    public String episode(Episode episode, Program program) {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(program, "program");
        Lookups.requireEpisodeOf(episode, program);
        return print(document(mapping.episode(episode, program)));
    }

    /**
     * Writes an episode without its program, as an episode document read on its own: without
     * {@code partOfSeries}, with the platform only if the episode names its own, and its partners
     * as {@code contributor} references without roles (the roles are the program's).
     *
     * @param episode an episode
     * @return a {@code PodcastEpisode} document
     */
    public String episode(Episode episode) {
        return print(episodeDocument(Objects.requireNonNull(episode, "episode")));
    }

    /**
     * Writes an event whose larger events are known by identifier only: each {@code superEvent}
     * is an {@code @id} reference.
     *
     * @param event an event
     * @return an {@code Event} document
     * @throws IncompleteEventException if the event lacks what an Event rich result requires
     */
    public String event(Event event) {
        return print(eventDocument(Objects.requireNonNull(event, "event")));
    }

    /**
     * @param event   an event
     * @param dossier the dossier that has the event's larger events, named in {@code superEvent}
     * @return an {@code Event} document
     * @throws IncompleteEventException if the event lacks what an Event rich result requires
     * @throws IllegalArgumentException if a larger event is not in the dossier
     */
    public String event(Event event, Dossier dossier) {
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
    public String event(Event event, Function<String, Optional<Event>> lookup) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(lookup, "lookup");
        return print(document(mapping.event(event, lookup)));
    }

    /**
     * @param coverage a news article
     * @param dossier  the dossier that has the programs, episodes and events it is about
     * @return a {@code NewsArticle} document
     * @throws IllegalArgumentException if the article is about something the dossier lacks
     */
    public String coverage(Coverage coverage, Dossier dossier) {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(dossier, "dossier");
        return print(document(mapping.coverage(coverage, dossier)));
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
    public String dossier(Dossier dossier) {
        return print(dossierDocument(Objects.requireNonNull(dossier, "dossier")));
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
    public String writeString(Object modelValue) {
        return print(document(modelValue));
    }

    /**
     * Appends a model value's document to a character stream, such as a servlet response's
     * {@link java.io.Writer} or a {@link StringBuilder}. Nothing is appended when the value is
     * refused. For a byte stream, wrap it in an {@link java.io.OutputStreamWriter} in UTF-8 (and
     * flush that writer): JSON-LD is UTF-8.
     *
     * @param modelValue a Program, Episode, Event or Dossier, as for {@link #writeString(Object)}
     * @param out        where to append the document
     * @throws IOException              if appending to {@code out} fails
     * @throws IncompleteEventException if it is an event that lacks what an Event rich result requires
     * @throws IllegalArgumentException if it is of another type
     */
    public void writeTo(Object modelValue, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.append(writeString(modelValue));
    }

    /**
     * @param modelValue a Program, Episode, Event or Dossier, as for {@link #writeString(Object)}
     * @return its JSON-LD document in a {@code <script type="application/ld+json">} element, to
     *         put as it is into a web page's {@code head} or {@code body}
     * @throws IncompleteEventException if it is an event that lacks what an Event rich result requires
     * @throws IllegalArgumentException if it is of another type
     */
    public String scriptElement(Object modelValue) {
        return SCRIPT_START + "\n" + writeString(modelValue) + "\n" + SCRIPT_END;
    }

    private JsonObject document(Object modelValue) {
        Objects.requireNonNull(modelValue, "modelValue");
        if (modelValue instanceof Program program) {
            return programDocument(program);
        }
        if (modelValue instanceof Episode episode) {
            return episodeDocument(episode);
        }
        if (modelValue instanceof Event event) {
            return eventDocument(event);
        }
        if (modelValue instanceof Dossier dossier) {
            return dossierDocument(dossier);
        }
        if (modelValue instanceof Coverage) {
            throw new IllegalArgumentException("a Coverage names its subjects by identifier only: write it "
                    + "with coverage(Coverage, Dossier), or write the Dossier that holds it");
        }
        throw new IllegalArgumentException("cannot write a " + modelValue.getClass().getName()
                + " as JSON-LD: expected a Program, Episode, Event or Dossier");
    }

    private JsonObject programDocument(Program program) {
        return document(mapping.program(program));
    }

    private JsonObject episodeDocument(Episode episode) {
        return document(mapping.episode(episode, null));
    }

    private JsonObject eventDocument(Event event) {
        return document(mapping.event(event, null));
    }

    private JsonObject dossierDocument(Dossier dossier) {
        List<JsonObject> graph = new ArrayList<>();
        for (Program program : dossier.programs()) {
            graph.add(mapping.program(program));
        }
        for (Event event : dossier.events()) {
            if (RichResults.isPublishable(event)) {
                graph.add(mapping.event(event, dossier::event));
            }
        }
        for (Coverage coverage : dossier.coverage()) {
            graph.add(mapping.coverage(coverage, dossier));
        }
        return new JsonObject().put("@context", CONTEXT).put("@graph", List.copyOf(graph));
    }

    /** @return the node as a document: {@code @context} first, then the node's own members */
    private static JsonObject document(JsonObject node) {
        JsonObject document = new JsonObject().put("@context", CONTEXT);
        node.members().forEach(document::put);
        return document;
    }

    private static String print(JsonObject document) {
        return ScriptSafeJson.print(document);
    }

    /** @return the base IRI, in the form {@code JsonLdWriter[https://example.go.id/outreach/]} */
    @Override
    public String toString() {
        return "JsonLdWriter[" + iris.base() + "]";
    }
}
