package dev.outreach.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code outreach convert --to json|yaml FILE}: prints a valid content file in another format. */
@Command(name = "convert",
        description = {
                "Checks a content file and prints it in JSON or YAML on standard output.",
                "An invalid file is not converted: its problems are printed on standard error, as by validate."})
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    private OutreachTool tool;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = ContentFormat.Converter.class,
            description = "The format to print: json or yaml.")
    private ContentFormat to;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "auto", converter = RootType.Converter.class,
            description = "What the file holds: auto, dossier, program, episode, event or coverage. "
                    + "auto (the default) tells it from the file's top-level properties.")
    private RootType type;

    @Parameters(index = "0", paramLabel = "FILE", description = "The content file, .json, .yaml or .yml.")
    private String file;

    @Override
    public Integer call() {
        ContentFiles contentFiles = new ContentFiles(tool.language());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ContentFiles.Outcome outcome = contentFiles.read(file, type);
        if (outcome instanceof ContentFiles.Loaded loaded) {
            out.print(contentFiles.write(loaded.value(), to));
            out.flush();
            return OutreachTool.VALID;
        }
        if (outcome instanceof ContentFiles.Rejected rejected) {
            rejected.lines().forEach(err::println);
            return OutreachTool.INVALID;
        }
        err.println(((ContentFiles.Failed) outcome).line());
        return OutreachTool.USAGE;
    }
}
