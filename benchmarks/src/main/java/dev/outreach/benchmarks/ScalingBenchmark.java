package dev.outreach.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.outreach.benchmarks.pojo.EpisodeBean;
import dev.outreach.core.Episode;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How reading grows with an episode's quotes: the article's episode (its two speakers) with
 * 10, 100 and 1,000 quotes. The scores are per document; the report divides them by the
 * number of quotes, and also gives the marginal cost of a quote between two sizes, so that a
 * cost that grows faster than the quotes (re-validating children, quadratic checks) shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScalingBenchmark {

    /** How many quotes the episode has. */
    @Param({"10", "100", "1000"})
    public int quotes;

    byte[] json;
    ObjectReader module;
    ObjectReader pojo;

    /** Builds the episode and the readers. */
    @Setup
    public void setUp() {
        json = Data.json(Data.episode(2, quotes));
        module = Data.moduleMapper().readerFor(Episode.class);
        pojo = Data.plainMapper().readerFor(EpisodeBean.class);
    }

    /** @return the episode read and validated by the module */
    @Benchmark
    public Episode readModule() throws IOException {
        return module.readValue(json);
    }

    /** @return the episode read into plain classes (baseline) */
    @Benchmark
    public EpisodeBean readPojo() throws IOException {
        return pojo.readValue(json);
    }
}
