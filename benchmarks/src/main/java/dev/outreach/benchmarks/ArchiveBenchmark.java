package dev.outreach.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.outreach.benchmarks.pojo.EpisodeBean;
import dev.outreach.core.Episode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Streaming an archive of {@value Archive#EPISODES} episodes (one JSON array in a file written
 * when the trial starts) one episode at a time through a {@link MappingIterator}, in a JVM
 * whose heap is capped at 64 MB. {@link ArchiveHeap} reports the heap the same read uses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class ArchiveBenchmark {

    Path file;
    ObjectReader module;
    ObjectReader pojo;

    /** Writes the archive to a temporary file. */
    @Setup
    public void setUp() throws IOException {
        file = Files.createTempFile("outreach-archive-", ".json");
        Archive.write(file, Archive.EPISODES);
        module = Data.moduleMapper().readerFor(Episode.class);
        pojo = Data.plainMapper().readerFor(EpisodeBean.class);
    }

    /** Deletes the archive. */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** @return the sum of the episode numbers, every episode read and validated by the module */
    @Benchmark
    public long streamModule() throws IOException {
        long sum = 0;
        try (MappingIterator<Episode> episodes = module.readValues(file.toFile())) {
            while (episodes.hasNext()) {
                sum += episodes.next().number();
            }
        }
        return sum;
    }

    /** @return the sum of the episode numbers, every episode read into plain classes (baseline) */
    @Benchmark
    public long streamPojo() throws IOException {
        long sum = 0;
        try (MappingIterator<EpisodeBean> episodes = pojo.readValues(file.toFile())) {
            while (episodes.hasNext()) {
                sum += episodes.next().getNumber();
            }
        }
        return sum;
    }
}
