package dev.outreach.benchmarks;

import com.fasterxml.jackson.databind.SequenceWriter;
import dev.outreach.core.Episode;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** An archive of episodes as one JSON array, written one episode at a time. */
final class Archive {

    /** How many episodes the archive benchmarks stream. */
    static final int EPISODES = 10_000;

    private Archive() {
    }

    /**
     * Writes the article's episode {@code count} times, numbered 1 to {@code count}, as a JSON
     * array; never more than one episode is in memory.
     */
    static void write(Path file, int count) throws IOException {
        Episode article = KemluSpace.roadToWcce();
        try (OutputStream out = Files.newOutputStream(file);
                SequenceWriter writer = Data.moduleMapper().writerFor(Episode.class).writeValuesAsArray(out)) {
            for (int n = 1; n <= count; n++) {
                writer.write(article.withId("episode-" + n).withNumber(n));
            }
        }
    }
}
