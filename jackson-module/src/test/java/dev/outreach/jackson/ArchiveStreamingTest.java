package dev.outreach.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.outreach.core.Episode;
import dev.outreach.samples.KemluSpace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * A large archive is written and read one episode at a time with Jackson's streaming API, as a
 * JSON array or as newline-delimited JSON; no list of all episodes is ever built.
 */
class ArchiveStreamingTest {

    private static final int EPISODES = 10_000;
    private static final ObjectMapper MAPPER = Documents.MAPPER;

    private static Episode episode(int number) {
        return KemluSpace.roadToWcce().withId("episode-" + number).withNumber(number);
    }

    @Test
    void tenThousandEpisodesStreamAsAJsonArray() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, true, ArchiveStreamingTest::episode);
        assertThat(out.toString()).startsWith("[{\"id\":\"episode-1\"");
        assertThat(readAndCount(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(EPISODES);
    }

    @Test
    void tenThousandEpisodesStreamAsNewlineDelimitedJson() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, false, ArchiveStreamingTest::episode);
        String text = out.toString();
        assertThat(text.lines()).hasSize(EPISODES).allMatch(line -> line.startsWith("{\"outreachFormat\":\"1.1\""));
        assertThat(readAndCount(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(EPISODES);
    }

    @Test
    void anInvalidEpisodeInAnArchiveIsReportedWithItsIndex() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, true, n -> episode(n));
        String broken = out.toString().replaceFirst("\"number\":3,", "\"number\":-3,");
        try (MappingIterator<Episode> episodes = MAPPER.readerFor(Episode.class).readValues(broken)) {
            assertThat(episodes.next().number()).isEqualTo(1);
            assertThat(episodes.next().number()).isEqualTo(2);
            assertThatThrownBy(episodes::next)
                    .hasCauseInstanceOf(InvalidDocumentException.class)
                    .cause()
                    .satisfies(e -> assertThat(Documents.lines(((InvalidDocumentException) e).violations()))
                            .containsExactly("/2/number: must be 1 or more"));
        }
    }

    private static void write(OutputStream out, boolean asArray, IntFunction<Episode> episodes) throws IOException {
        try (SequenceWriter writer = asArray
                ? MAPPER.writerFor(Episode.class).writeValuesAsArray(out)
                : MAPPER.writerFor(Episode.class).withRootValueSeparator("\n").writeValues(out)) {
            for (int n = 1; n <= EPISODES; n++) {
                writer.write(episodes.apply(n));
            }
        }
    }

    private static int readAndCount(InputStream in) throws IOException {
        int count = 0;
        try (MappingIterator<Episode> episodes = MAPPER.readerFor(Episode.class).readValues(in)) {
            while (episodes.hasNext()) {
                Episode episode = episodes.next();
                count++;
                assertThat(episode.number()).isEqualTo(count);
            }
        }
        return count;
    }
}
