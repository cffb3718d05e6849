package dev.outreach.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the tables of ratios that {@code run.sh} prints: each
 * module benchmark against the baseline measured in the same run, never an absolute claim.
 *
 * <p>{@code java -cp benchmarks.jar dev.outreach.benchmarks.Report target/jmh-result.json}
 */
public final class Report {

    private static final String PACKAGE = "dev.outreach.benchmarks.";
    /** The most the cost per event of a dossier may grow from 1,000 to 10,000 events. */
    private static final double DOSSIER_GROWTH = 1.25;
    /** The most bytes a validated read may allocate, as a multiple of the POJO read's. */
    private static final double READ_ALLOCATION = 1.2;

    private final Map<String, JsonNode> results = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    private Report(JsonNode array) {
        for (JsonNode result : array) {
            String name = result.get("benchmark").asText().substring(PACKAGE.length());
            JsonNode params = result.get("params");
            if (params != null) {
                for (JsonNode value : params) {
                    name += ":" + value.asText();
                }
            }
            results.put(name, result);
        }
    }

    /**
     * @param args the JMH JSON result file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        JsonNode array = Data.plainMapper().readTree(Path.of(args[0]).toFile());
        Report report = new Report(array);
        report.write();
        System.out.print(report.out);
    }

    private void write() {
        line("Throughput ratios against the baseline of the same run (ratio > 1: the module is faster).");
        line("");
        line("| comparison | episode | module | baseline | ratio | target |");
        line("|---|---|---|---|---|---|");
        for (String episode : new String[] {Data.ARTICLE, Data.LARGE}) {
            ratio("read+validate: module vs POJO (no validation)", episode,
                    "ReadBenchmark.readModule", "ReadBenchmark.readPojo", 0.75, true);
            ratio("read+validate: module vs records + Validator", episode,
                    "ReadBenchmark.readModule", "ReadBenchmark.readRecordsValidated", 1.0, false);
            ratio("read+validate: hardened mapper vs POJO", episode,
                    "ReadBenchmark.readModuleHardened", "ReadBenchmark.readPojo", 0.7, true);
            ratio("write: module vs POJO", episode,
                    "WriteBenchmark.writeModule", "WriteBenchmark.writePojo", 0.95, true);
            ratio("limit: token scan vs POJO read", episode,
                    "ReadBenchmark.scanTokens", "ReadBenchmark.readPojo", Double.NaN, false);
            ratio("limit: module read vs token scan", episode,
                    "ReadBenchmark.readModule", "ReadBenchmark.scanTokens", Double.NaN, false);
        }
        ratio("build+validate in Java: builders vs records + Validator", Data.ARTICLE,
                "BuildBenchmark.buildModel", "BuildBenchmark.buildRecordsValidated", Double.NaN, false);
        ratio("archive, 10,000 episodes, -Xmx64m: module vs POJO", null,
                "ArchiveBenchmark.streamModule", "ArchiveBenchmark.streamPojo", Double.NaN, false);
        line("");
        scaling();
        line("");
        dossier();
        line("");
        allocation();
    }

    /** Compares two benchmarks; either may be in throughput (ops/s) or average time (ms/op). */
    private void ratio(String label, String episode, String module, String baseline, double target, boolean atLeast) {
        JsonNode m = find(module, episode);
        JsonNode b = find(baseline, episode);
        if (m == null || b == null) {
            return;
        }
        double ratio = throughput(m) / throughput(b);
        String goal;
        if (Double.isNaN(target)) {
            goal = "(information)";
        } else {
            boolean met = atLeast ? ratio >= target : ratio > target;
            goal = (atLeast ? ">= " : "> ") + fmt(target, 2) + (met ? " met" : " MISSED");
        }
        line("| " + label + " | " + (episode == null ? "-" : episode) + " | " + score(m) + " | " + score(b) + " | "
                + fmt(ratio, 2) + "x | " + goal + " |");
    }

    private void scaling() {
        line("Cost per quote, reading an episode of the article's 2 speakers and N quotes (ScalingBenchmark).");
        line("ns/quote = time per document / N; marginal = extra time per added quote between two sizes.");
        line("");
        line("| quotes | module ns/doc | module ns/quote | module marginal ns/quote | POJO ns/doc | POJO ns/quote "
                + "| module/POJO time |");
        line("|---|---|---|---|---|---|---|");
        int[] sizes = {10, 100, 1000};
        double[] module = new double[sizes.length];
        double[] pojo = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            JsonNode m = find("ScalingBenchmark.readModule", Integer.toString(sizes[i]));
            JsonNode p = find("ScalingBenchmark.readPojo", Integer.toString(sizes[i]));
            if (m == null || p == null) {
                return;
            }
            module[i] = nanos(m);
            pojo[i] = nanos(p);
            String marginal = i == 0 ? "-"
                    : fmt((module[i] - module[i - 1]) / (sizes[i] - sizes[i - 1]), 1);
            line("| " + sizes[i] + " | " + fmt(module[i], 0) + " | " + fmt(module[i] / sizes[i], 1) + " | "
                    + marginal + " | " + fmt(pojo[i], 0) + " | " + fmt(pojo[i] / sizes[i], 1) + " | "
                    + fmt(module[i] / pojo[i], 2) + "x |");
        }
        double perQuoteGrowth = Math.max(module[1] / sizes[1], module[2] / sizes[2]) / (module[0] / sizes[0]);
        double marginalGrowth = ((module[2] - module[1]) / (sizes[2] - sizes[1]))
                / ((module[1] - module[0]) / (sizes[1] - sizes[0]));
        boolean flat = perQuoteGrowth <= 1.25 && marginalGrowth <= 1.25;
        line("");
        line("Flatness (target: per-quote cost flat from 10 to 1,000 quotes, i.e. neither figure above 1.25): "
                + "largest ns/quote at 100 or 1,000 over ns/quote at 10 = " + fmt(perQuoteGrowth, 2)
                + "x; marginal 100->1,000 over marginal 10->100 = " + fmt(marginalGrowth, 2) + "x: "
                + (flat ? "met" : "MISSED"));
    }

    /** The per-event cost of reading a dossier at 1,000 and at 10,000 events, and their ratio. */
    private void dossier() {
        int[] sizes = {1_000, 10_000};
        double[] module = new double[sizes.length];
        double[] tree = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            JsonNode m = find("DossierBenchmark.readModule", Integer.toString(sizes[i]));
            JsonNode t = find("DossierBenchmark.readTree", Integer.toString(sizes[i]));
            if (m == null || t == null) {
                return;
            }
            module[i] = nanos(m);
            tree[i] = nanos(t);
        }
        line("Cost per event, reading and validating a dossier of N events (DossierBenchmark); baseline: the same "
                + "bytes as a plain Jackson tree.");
        line("");
        line("| events | module ms/doc | module ns/event | tree ms/doc | tree ns/event | module/tree time |");
        line("|---|---|---|---|---|---|");
        for (int i = 0; i < sizes.length; i++) {
            line("| " + fmt(sizes[i], 0) + " | " + fmt(module[i] / 1e6, 2) + " | " + fmt(module[i] / sizes[i], 1)
                    + " | " + fmt(tree[i] / 1e6, 2) + " | " + fmt(tree[i] / sizes[i], 1) + " | "
                    + fmt(module[i] / tree[i], 2) + "x |");
        }
        double growth = (module[1] / sizes[1]) / (module[0] / sizes[0]);
        double treeGrowth = (tree[1] / sizes[1]) / (tree[0] / sizes[0]);
        line("");
        line("Linearity (target: ns/event at 10,000 at most " + fmt(DOSSIER_GROWTH, 2) + "x that at 1,000): module "
                + fmt(growth, 2) + "x: " + (growth <= DOSSIER_GROWTH ? "met" : "MISSED") + "; tree "
                + fmt(treeGrowth, 2) + "x (information)");
    }

    private void allocation() {
        JsonNode any = find("ReadBenchmark.readModule", Data.ARTICLE);
        if (any == null || !any.path("secondaryMetrics").has("gc.alloc.rate.norm")) {
            return;
        }
        line("Bytes allocated per operation (JMH -prof gc, gc.alloc.rate.norm).");
        line("");
        line("| operation | episode | module B/op | baseline B/op | module/baseline | target |");
        line("|---|---|---|---|---|---|");
        for (String episode : new String[] {Data.ARTICLE, Data.LARGE}) {
            alloc("read: module vs POJO", episode, "ReadBenchmark.readModule", "ReadBenchmark.readPojo",
                    READ_ALLOCATION);
            alloc("read: module vs records + Validator", episode, "ReadBenchmark.readModule",
                    "ReadBenchmark.readRecordsValidated", Double.NaN);
            alloc("write: module vs POJO", episode, "WriteBenchmark.writeModule", "WriteBenchmark.writePojo",
                    Double.NaN);
        }
        alloc("build: builders vs records + Validator", Data.ARTICLE, "BuildBenchmark.buildModel",
                "BuildBenchmark.buildRecordsValidated", Double.NaN);
        alloc("archive of 10,000: module vs POJO", null, "ArchiveBenchmark.streamModule",
                "ArchiveBenchmark.streamPojo", Double.NaN);
        alloc("dossier of 1,000 events: module vs tree", "1000", "DossierBenchmark.readModule",
                "DossierBenchmark.readTree", Double.NaN);
        alloc("dossier of 10,000 events: module vs tree", "10000", "DossierBenchmark.readModule",
                "DossierBenchmark.readTree", Double.NaN);
    }

    private void alloc(String label, String episode, String module, String baseline, double most) {
        JsonNode m = find(module, episode);
        JsonNode b = find(baseline, episode);
        if (m == null || b == null) {
            return;
        }
        double mb = m.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble();
        double bb = b.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble();
        line("| " + label + " | " + (episode == null ? "-" : episode) + " | " + fmt(mb, 0) + " | " + fmt(bb, 0)
                + " | " + fmt(mb / bb, 2) + "x | " + (Double.isNaN(most) ? "(information)"
                : "<= " + fmt(most, 2) + (mb / bb <= most ? " met" : " MISSED")) + " |");
    }

    private JsonNode find(String benchmark, String param) {
        return results.get(param == null ? benchmark : benchmark + ":" + param);
    }

    /** @return operations per second, whatever the benchmark's mode */
    private static double throughput(JsonNode result) {
        JsonNode metric = result.get("primaryMetric");
        double score = metric.get("score").asDouble();
        String unit = metric.get("scoreUnit").asText();
        switch (unit) {
            case "ops/s":
                return score;
            case "ops/ms":
                return score * 1e3;
            case "ops/us":
                return score * 1e6;
            default:
                return 1e9 / (score * nanosPer(unit));
        }
    }

    /** @return nanoseconds per operation, whatever the benchmark's mode */
    private static double nanos(JsonNode result) {
        return 1e9 / throughput(result);
    }

    private static double nanosPer(String unit) {
        switch (unit) {
            case "ns/op":
                return 1;
            case "us/op":
                return 1e3;
            case "ms/op":
                return 1e6;
            case "s/op":
                return 1e9;
            default:
                throw new IllegalArgumentException("unknown unit " + unit);
        }
    }

    private static String score(JsonNode result) {
        JsonNode metric = result.get("primaryMetric");
        double error = metric.get("scoreError").asDouble();
        String unit = metric.get("scoreUnit").asText();
        int digits = metric.get("score").asDouble() < 100 ? 2 : 0;
        return fmt(metric.get("score").asDouble(), digits)
                + (Double.isNaN(error) ? "" : " ± " + fmt(error, digits)) + " " + unit;
    }

    private static String fmt(double value, int digits) {
        return String.format(Locale.ROOT, "%,." + digits + "f", value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
