package dev.outreach.examples;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.outreach.core.Dossier;
import dev.outreach.core.EpisodeParticipation;
import dev.outreach.core.PartnerGroup;
import dev.outreach.core.Program;
import dev.outreach.core.ReachReport;
import dev.outreach.core.Subdivision;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code outreach reach [--json] FILE}: which of Indonesia's 38 provinces a program's regional
 * media partners reach, and which they do not: the "orang Jakarta" gap of the article.
 */
@Command(name = "reach",
        description = {
                "Shows how far the partners of each program in a content file reach: partners by kind and "
                        + "scope, the provinces that regional media partners reach and those they do not "
                        + "(of the 38), and the partners of each episode.",
                "The file holds a program or a dossier."})
final class ReachCommand implements Callable<Integer> {

    @ParentCommand
    private OutreachTool tool;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--json", description = "Print the reports as JSON (an array, one report per program).")
    private boolean json;

    @Parameters(index = "0", paramLabel = "FILE", description = "The content file, .json, .yaml or .yml.")
    private String file;

    @Override
    public Integer call() throws Exception {
        ContentFiles contentFiles = new ContentFiles(tool.language(), tool.maxSize());
        ToolText text = ToolText.of(tool.language());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ContentFiles.Outcome outcome = contentFiles.read(file, null);
        if (outcome instanceof ContentFiles.Rejected rejected) {
            rejected.lines().forEach(err::println);
            return OutreachTool.INVALID;
        }
        if (outcome instanceof ContentFiles.Failed failed) {
            err.println(failed.line());
            return OutreachTool.USAGE;
        }
        Object value = ((ContentFiles.Loaded) outcome).value();
        List<Program> programs = value instanceof Program ? List.of((Program) value)
                : value instanceof Dossier ? ((Dossier) value).programs() : null;
        if (programs == null) {
            err.println(ContentFiles.shown(file) + ": " + text.format("reach.notAProgram"));
            return OutreachTool.USAGE;
        }
        List<ReachReport> reports = programs.stream().map(ReachReport::of).collect(Collectors.toList());
        if (json) {
            out.println(contentFiles.mapper(ContentFormat.JSON).writer(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(reports));
        } else {
            for (ReachReport report : reports) {
                out.print(table(report, text));
            }
        }
        out.flush();
        return OutreachTool.VALID;
    }

    /** The report as a table a person reads in a terminal. */
    static String table(ReachReport report, ToolText text) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        int reached = report.provincesReached().size();
        int all = reached + report.provincesNotReached().size();
        out.append(text.format("reach.title", Map.of("program", report.programId()))).append(nl);
        out.append(text.format("reach.share", Map.of("reached", reached, "all", all,
                "percent", String.format(Locale.ROOT, "%.1f", report.share() * 100)))).append(nl).append(nl);
        out.append(text.format("reach.partners")).append(nl);
        List<String[]> rows = new ArrayList<>();
        for (PartnerGroup group : report.partnerGroups()) {
            rows.add(new String[] {group.kind().code(), group.scope().code(), String.join(", ", group.organizationIds())});
        }
        out.append(columns(rows, text.format("reach.none"))).append(nl);
        out.append(text.format("reach.reached")).append(nl);
        out.append(columns(provinces(report.provincesReached()), text.format("reach.none"))).append(nl);
        out.append(text.format("reach.notReached")).append(nl);
        out.append(columns(provinces(report.provincesNotReached()), text.format("reach.none"))).append(nl);
        out.append(text.format("reach.episodes")).append(nl);
        rows = new ArrayList<>();
        for (EpisodeParticipation episode : report.episodes()) {
            rows.add(new String[] {String.valueOf(episode.number()), episode.episodeId(),
                episode.partnerIds().isEmpty() ? "-" : String.join(", ", episode.partnerIds())});
        }
        out.append(columns(rows, text.format("reach.none"))).append(nl);
        return out.toString();
    }

    private static List<String[]> provinces(List<Subdivision> provinces) {
        List<String[]> rows = new ArrayList<>();
        for (Subdivision province : provinces) {
            rows.add(new String[] {province.code(), province.name().orElse("")});
        }
        return rows;
    }

    /** Rows as left-aligned columns, each line indented; a placeholder line when there are none. */
    private static String columns(List<String[]> rows, String none) {
        String nl = System.lineSeparator();
        if (rows.isEmpty()) {
            return "  " + none + nl;
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(i < row.length - 1 ? String.format("%-" + widths[i] + "s  ", row[i]) : row[i]);
            }
            out.append(line.toString().stripTrailing()).append(nl);
        }
        return out.toString();
    }
}
