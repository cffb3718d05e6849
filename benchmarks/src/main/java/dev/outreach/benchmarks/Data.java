package dev.outreach.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Episode;
import dev.outreach.core.Person;
import dev.outreach.core.Quote;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import dev.outreach.jackson.OutreachModule;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        try {
            return moduleMapper().writeValueAsBytes(episode);
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
}
