package dev.outreach.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code outreach validate FILE...}: checks content files and prints every violation. */
@Command(name = "validate",
        description = {
                "Checks content files. For each problem prints one line, FILE: /json/pointer: message "
                        + "(/ is the document itself); for each valid file, FILE: OK.",
                "The format comes from the extension: .json, .yaml or .yml. Only regular files of at most "
                        + "--max-size bytes are read."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private OutreachTool tool;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "auto", converter = RootType.Converter.class,
            description = "What each file holds: auto, dossier, program, episode, event or coverage. "
                    + "auto (the default) tells it from the file's top-level properties.")
    private RootType type;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The content files to check.")
    private List<String> files;

    @Override
    public Integer call() {
        ContentFiles contentFiles = new ContentFiles(tool.language(), tool.maxSize());
        ToolText text = ToolText.of(tool.language());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exitCode = OutreachTool.VALID;
        for (String file : files) {
            ContentFiles.Outcome outcome = contentFiles.read(file, type);
            if (outcome instanceof ContentFiles.Loaded loaded) {
                out.println(ContentFiles.shown(file) + ": "
                        + text.format("file.valid", Map.of("type", loaded.type().displayName())));
            } else if (outcome instanceof ContentFiles.Rejected rejected) {
                rejected.lines().forEach(out::println);
                exitCode = Math.max(exitCode, OutreachTool.INVALID);
            } else if (outcome instanceof ContentFiles.Failed failed) {
                err.println(failed.line());
                exitCode = OutreachTool.USAGE;
            }
        }
        return exitCode;
    }
}
