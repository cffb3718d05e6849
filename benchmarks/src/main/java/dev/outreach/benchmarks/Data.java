package dev.outreach.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.EventRelationKind;
import dev.outreach.core.Organization;
import dev.outreach.core.Person;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import dev.outreach.jackson.OutreachModule;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The documents the benchmarks read and the mappers they read them with. */
public final class Data {

    /** The article's episode, as the golden fixture {@code episode-road-to-wcce.json}. */
    public static final String ARTICLE = "article";
    /** The article's episode grown in code to {@value #LARGE_SPEAKERS} speakers and {@value #LARGE_QUOTES} quotes. */
    public static final String LARGE = "large";
    /** Speakers of the large episode. */
    public static final int LARGE_SPEAKERS = 10;
    /** Quotes of the large episode. */
    public static final int LARGE_QUOTES = 100;

    private static final String FIXTURE = "/fixtures/episode-road-to-wcce.json";

    private Data() {
    }

    /** @return a mapper with the module as an application registers it, writing the format version */
    public static ObjectMapper moduleMapper() {
        return JsonMapper.builder().addModule(new OutreachModule()).build();
    }

    /** @return a mapper with the module that writes no format version, so its output matches the baselines' */
    public static ObjectMapper moduleMapperWithoutVersion() {
        return JsonMapper.builder().addModule(new OutreachModule().withFormatVersionWritten(false)).build();
    }

    /** @return a plain mapper, for the baselines: no module, no validation, Jackson's defaults */
    public static ObjectMapper plainMapper() {
        return JsonMapper.builder().build();
    }

    /**
     * @param name {@link #ARTICLE} or {@link #LARGE}
     * @return that episode's JSON document
     */
    public static byte[] json(String name) {
        switch (name) {
            case ARTICLE:
                return articleJson();
            case LARGE:
                return json(episode(LARGE_SPEAKERS, LARGE_QUOTES));
            default:
                throw new IllegalArgumentException("no episode named " + name);
        }
    }

    /** @return the golden document of the article's episode, byte for byte as shipped */
    public static byte[] articleJson() {
        try (InputStream in = Data.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException(FIXTURE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param episode an episode
     * @return its compact JSON document, with the format version, as the module writes it
     */
    public static byte[] json(Episode episode) {
        return written(episode);
    }

    /**
     * @param dossier a dossier
     * @return its compact JSON document, with the format version, as the module writes it
     */
    public static byte[] json(Dossier dossier) {
        return written(dossier);
    }

    private static byte[] written(Object value) {
        try {
            return moduleMapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The article's episode with more speakers and quotes: the article's two speakers first,
     * then made-up officials of the same two ministries; the quotes take turns among the
     * speakers and repeat the article's two quotes.
     *
     * @param speakers how many speakers, 1 or more
     * @param quotes   how many quotes
     * @return the episode, built and validated through the model's builders
     */
    public static Episode episode(int speakers, int quotes) {
        Episode article = KemluSpace.roadToWcce();
        List<Speaker> all = new ArrayList<>(speakers);
        for (int i = 0; i < speakers; i++) {
            if (i < article.speakers().size()) {
                all.add(article.speakers().get(i));
            } else {
                Person model = article.speakers().get(i % article.speakers().size()).person();
                all.add(Speaker.of(Person.builder()
                        .from(model)
                        .id("speaker-" + (i + 1))
                        .name("Pembicara " + (i + 1))
                        .jobTitle(BilingualText.of("Direktur " + (i + 1), "Director " + (i + 1)))
                        .build(), SpeakerRole.GUEST));
            }
        }
        List<Quote> said = new ArrayList<>(quotes);
        for (int i = 0; i < quotes; i++) {
            Quote model = article.quotes().get(i % article.quotes().size());
            said.add(model.withSpeakerId(all.get(i % speakers).personId()));
        }
        return Episode.builder().from(article).speakers(all).quotes(said).build();
    }

    /** Events of one episode of {@link #dossier(int)}, and of one article about them. */
    public static final int EVENTS_PER_EPISODE = 10;

    /**
     * The article's dossier grown to {@code events} events, so that each of the dossier's rules
     * has work in proportion to the events:
     * <ul>
     * <li>events: the article's G20 and WCCE, then made-up sessions of WCCE, each a part of the
     * one before (one chain through every session, the deepest walk the cycle check can meet) and
     * every tenth also a side event of the G20; each organized by Kemenparekraf, every other one
     * with Kemlu too (one definition of each organization, looked up per event);</li>
     * <li>programs: the article's program, with the article's episode and one episode per
     * {@value #EVENTS_PER_EPISODE} sessions naming them, each with the article's speakers, quotes
     * and partner (persons and organizations defined once across the dossier);</li>
     * <li>coverage: the article's, and one article per {@value #EVENTS_PER_EPISODE} sessions about
     * them and the program, each with the article's commentary by Aldi Monbusho.</li>
     * </ul>
     *
     * @param events how many events, at least 2 and a multiple of {@value #EVENTS_PER_EPISODE}
     * @return the dossier, built and validated through the model's builders
     */
    public static Dossier dossier(int events) {
        if (events < 2 || events % EVENTS_PER_EPISODE != 0) {
            throw new IllegalArgumentException("events must be at least 2 and a multiple of " + EVENTS_PER_EPISODE);
        }
        Event g20 = KemluSpace.g20();
        Event wcce = KemluSpace.wcce();
        Organization kemlu = KemluSpace.kemlu();
        Organization kemenparekraf = KemluSpace.kemenparekraf();
        List<Event> all = new ArrayList<>(events);
        all.add(g20);
        all.add(wcce);
        for (int i = 2; i < events; i++) {
            Event.Builder event = Event.builder()
                    .id(session(i))
                    .name(BilingualText.of("Sesi WCCE " + i, "WCCE session " + i))
                    .start(LocalDate.of(2022, 10, 5 + i % 3))
                    .location(wcce.location().orElseThrow())
                    .addOrganizer(kemenparekraf)
                    .addRelation(EventRelation.of(EventRelationKind.PART_OF, i == 2 ? wcce.id() : session(i - 1)));
            if (i % 2 == 0) {
                event.addOrganizer(kemlu);
            }
            if (i % EVENTS_PER_EPISODE == 0) {
                event.addRelation(EventRelation.of(EventRelationKind.SIDE_EVENT_OF, g20.id()));
            }
            all.add(event.build());
        }
        Program article = KemluSpace.program();
        Episode first = article.episodes().get(0);
        Coverage coverage = KemluSpace.coverage();
        List<Episode> episodes = new ArrayList<>();
        List<Coverage> articles = new ArrayList<>();
        episodes.add(first);
        articles.add(coverage);
        for (int group = 1; group < events / EVENTS_PER_EPISODE; group++) {
            List<String> named = new ArrayList<>(EVENTS_PER_EPISODE);
            for (int i = group * EVENTS_PER_EPISODE; i < (group + 1) * EVENTS_PER_EPISODE; i++) {
                named.add(session(i));
            }
            episodes.add(Episode.builder().from(first)
                    .id("episode-" + (group + 1))
                    .number(group + 1)
                    .title(BilingualText.of("Menuju WCCE, bagian " + (group + 1), "Road to WCCE, part " + (group + 1)))
                    .eventIds(named)
                    .build());
            List<String> about = new ArrayList<>(named);
            about.add(article.id());
            articles.add(Coverage.builder().from(coverage).about(about).build());
        }
        return Dossier.builder()
                .addProgram(Program.builder().from(article).episodes(episodes).build())
                .events(all)
                .coverage(articles)
                .build();
    }

    /**
     * @param i a session's position among the events of {@link #dossier(int)}, 2 or more
     * @return its identifier
     */
    static String session(int i) {
        return "wcce-2022-sesi-" + i;
    }
}
