package dev.outreach.benchmarks;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.core.Episode;
import dev.outreach.jackson.OutreachModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a fresh JVM pays to read and validate one episode with the module: build a mapper,
 * read the file, print the episode's id. Timed by {@code cold-start.sh}.
 */
public final class ColdStartModule {

    private ColdStartModule() {
    }

    /**
     * @param args the episode's JSON file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        Episode episode = JsonMapper.builder().addModule(new OutreachModule()).build().readValue(json, Episode.class);
        System.out.println(episode.id() + " " + episode.quotes().size());
    }
}
