package dev.outreach.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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
 * Writing one episode to bytes: the model with the module against the plain classes with a
 * plain mapper. Both write the same bytes (the module without its format version, which the
 * plain classes do not have), which the tests check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WriteBenchmark {

    /** Which episode: the article's or the large one. */
    @Param({Data.ARTICLE, Data.LARGE})
    public String episode;

    Episode model;
    EpisodeBean bean;
    ObjectWriter module;
    ObjectWriter pojo;

    /** Reads the episode both ways and builds the writers. */
    @Setup
    public void setUp() throws IOException {
        byte[] json = Data.json(episode);
        ObjectMapper moduleMapper = Data.moduleMapperWithoutVersion();
        ObjectMapper plain = Data.plainMapper();
        model = moduleMapper.readValue(json, Episode.class);
        bean = plain.readValue(json, EpisodeBean.class);
        module = moduleMapper.writerFor(Episode.class);
        pojo = plain.writerFor(EpisodeBean.class);
    }

    /** @return the model written by the module */
    @Benchmark
    public byte[] writeModule() throws IOException {
        return module.writeValueAsBytes(model);
    }

    /** @return the plain classes written by a plain mapper (baseline) */
    @Benchmark
    public byte[] writePojo() throws IOException {
        return pojo.writeValueAsBytes(bean);
    }
}
