package dev.outreach.examples;

import dev.outreach.samples.KemluSpace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code outreach demo}: prints the Kemlu Space article's content as a JSON dossier. */
@Command(name = "demo",
        description = "Prints the content of the Kemlu Space article (DEAL JAKARTA) as an indented JSON "
                + "dossier: a valid example to start a content file from.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private OutreachTool tool;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(new ContentFiles(tool.language()).write(KemluSpace.dossier(), ContentFormat.JSON));
        out.flush();
        return OutreachTool.VALID;
    }
}
