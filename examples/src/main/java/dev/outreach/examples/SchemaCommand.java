package dev.outreach.examples;

import dev.outreach.jackson.OutreachJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code outreach schema}: prints the JSON Schema of the Outreach JSON format. */
@Command(name = "schema",
        description = "Prints the JSON Schema (draft 2020-12) of the Outreach JSON format, for editors and "
                + "other tools.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String schema = OutreachJson.schema();
        out.print(schema.endsWith("\n") ? schema : schema + System.lineSeparator());
        out.flush();
        return OutreachTool.VALID;
    }
}
