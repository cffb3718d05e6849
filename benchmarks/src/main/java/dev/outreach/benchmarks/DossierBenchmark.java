package dev.outreach.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.outreach.core.Dossier;
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
 * Whether a dossier's rules stay linear in its events: the article's dossier grown to 1,000 and
 * 10,000 events ({@link Data#dossier(int)}: relations between events in one long chain,
 * organizers, episodes and coverage naming the events), read and validated by the module. The
 * report divides each score by the events and compares the cost per event at the two sizes.
 * The baseline is the same bytes read into a plain Jackson tree: no model and no rules, so its
 * cost per event shows how much of a change between the sizes is the machine's (caches, GC)
 * rather than the rules'.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DossierBenchmark {

    /** How many events the dossier has. */
    @Param({"1000", "10000"})
    public int events;

    byte[] json;
    ObjectReader module;
    ObjectReader tree;

    /** Builds the dossier, its document and the readers. */
    @Setup
    public void setUp() {
        json = Data.json(Data.dossier(events));
        module = Data.moduleMapper().readerFor(Dossier.class);
        tree = Data.plainMapper().readerFor(JsonNode.class);
    }

    /** @return the dossier read and validated by the module, every rule of the dossier checked */
    @Benchmark
    public Dossier readModule() throws IOException {
        return module.readValue(json);
    }

    /** @return the same bytes as a plain Jackson tree (baseline) */
    @Benchmark
    public JsonNode readTree() throws IOException {
        return tree.readValue(json);
    }
}
