package dev.outreach.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.outreach.benchmarks.pojo.EpisodeBean;
import dev.outreach.benchmarks.records.EpisodeRecord;
import dev.outreach.benchmarks.records.RecordValidation;
import dev.outreach.core.Episode;
import dev.outreach.jackson.OutreachJson;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading one episode document from bytes: with the module (read and validated into the
 * model), against the same bytes read into plain mutable classes (no validation), into
 * records validated afterwards, and a bare token scan (the floor: no binding at all).
 * Every reader is built once and reused, as an application does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadBenchmark {

    /** Which episode: the article's or the large one. */
    @Param({Data.ARTICLE, Data.LARGE})
    public String episode;

    byte[] json;
    ObjectReader module;
    ObjectReader moduleHardened;
    ObjectReader pojo;
    ObjectReader records;
    JsonFactory factory;

    /** Loads the document and builds the readers. */
    @Setup
    public void setUp() {
        json = Data.json(episode);
        module = Data.moduleMapper().readerFor(Episode.class);
        moduleHardened = OutreachJson.hardenedMapper().readerFor(Episode.class);
        ObjectMapper plain = Data.plainMapper();
        pojo = plain.readerFor(EpisodeBean.class);
        records = plain.readerFor(EpisodeRecord.class);
        factory = plain.getFactory();
        RecordValidation.validator();
    }

    /** @return the episode read and validated by the module */
    @Benchmark
    public Episode readModule() throws IOException {
        return module.readValue(json);
    }

    /** @return the episode read by the module through {@link OutreachJson#hardenedMapper()} */
    @Benchmark
    public Episode readModuleHardened() throws IOException {
        return moduleHardened.readValue(json);
    }

    /** @return the episode read into plain mutable classes, unvalidated (baseline) */
    @Benchmark
    public EpisodeBean readPojo() throws IOException {
        return pojo.readValue(json);
    }

    /** @return the episode read into records and then validated by Hibernate Validator (baseline) */
    @Benchmark
    public EpisodeRecord readRecordsValidated() throws IOException {
        return RecordValidation.valid(records.<EpisodeRecord>readValue(json));
    }

    /**
     * The floor of any binding: every token of the document, with every name and string
     * materialised.
     *
     * @param blackhole consumes the text
     * @return how many tokens
     */
    @Benchmark
    public int scanTokens(Blackhole blackhole) throws IOException {
        return scan(factory, json, blackhole);
    }

    static int scan(JsonFactory factory, byte[] json, Blackhole blackhole) throws IOException {
        int tokens = 0;
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                tokens++;
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    blackhole.consume(parser.getText());
                } else if (token == JsonToken.VALUE_NUMBER_INT) {
                    blackhole.consume(parser.getIntValue());
                }
            }
        }
        return tokens;
    }
}
