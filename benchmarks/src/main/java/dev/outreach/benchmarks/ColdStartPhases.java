package dev.outreach.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.benchmarks.pojo.EpisodeBean;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Episode;
import dev.outreach.jackson.OutreachModule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a fresh JVM's first module read goes, phase by phase, to explain {@code cold-start.sh}:
 * {@code java -cp benchmarks.jar dev.outreach.benchmarks.ColdStartPhases FILE [pojo]}. Each
 * phase prints its wall time and the classes it loaded. Run it with {@code pojo} to time the
 * baseline's phases instead.
 */
public final class ColdStartPhases {

    private static long last = System.nanoTime();
    private static long classes = loaded();

    private ColdStartPhases() {
    }

    /**
     * @param args the episode's JSON file, then optionally {@code pojo}
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        phase("JVM start to main (uptime " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms)");
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        phase("read the file");
        if (args.length > 1 && args[1].equals("pojo")) {
            ObjectMapper mapper = JsonMapper.builder().build();
            phase("build a plain JsonMapper");
            EpisodeBean episode = mapper.readValue(json, EpisodeBean.class);
            phase("first read into plain classes (" + episode.getQuotes().size() + " quotes)");
            mapper.readValue(json, EpisodeBean.class);
            phase("second read");
            return;
        }
        ObjectMapper mapper = JsonMapper.builder().build();
        phase("build a plain JsonMapper");
        mapper = JsonMapper.builder().addModule(new OutreachModule()).build();
        phase("build a JsonMapper with the OutreachModule (no format created yet)");
        BilingualText.english("Warm-up");
        phase("first model value built: the fast rules of a text (Hibernate Validator only for invalid values)");
        Episode episode = mapper.readValue(json, Episode.class);
        phase("first module read (" + episode.quotes().size()
                + " quotes; the formats and fast rules of an episode's types)");
        mapper.readValue(json, Episode.class);
        phase("second module read");
    }

    private static void phase(String name) {
        long now = System.nanoTime();
        long count = loaded();
        System.out.printf(Locale.ROOT, "%8.1f ms %6d classes  %s%n", (now - last) / 1e6, count - classes, name);
        last = System.nanoTime();
        classes = loaded();
    }

    private static long loaded() {
        return ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    }
}
