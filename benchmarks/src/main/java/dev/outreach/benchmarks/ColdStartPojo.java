package dev.outreach.benchmarks;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.benchmarks.pojo.EpisodeBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of {@code cold-start.sh}: a fresh JVM reading the same episode into plain
 * classes with a plain mapper, no validation.
 */
public final class ColdStartPojo {

    private ColdStartPojo() {
    }

    /**
     * @param args the episode's JSON file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        EpisodeBean episode = JsonMapper.builder().build().readValue(json, EpisodeBean.class);
        System.out.println(episode.getId() + " " + episode.getQuotes().size());
    }
}
