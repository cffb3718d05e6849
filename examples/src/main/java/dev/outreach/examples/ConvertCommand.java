package dev.outreach.examples;

import dev.outreach.jsonld.JsonLdWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code outreach convert --to json|yaml|jsonld FILE}: prints a valid content file in another
 * format, or as schema.org JSON-LD for a web page.
 */
@Command(name = "convert",
        description = {
                "Checks a content file and prints it in JSON, YAML or schema.org JSON-LD on standard output.",
                "An invalid file is not converted: its problems are printed on standard error, as by validate."})
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    private OutreachTool tool;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = ContentFormat.Converter.class,
            description = "The format to print: json, yaml or jsonld (schema.org, for web pages).")
    private ContentFormat to;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://example.org/outreach/",
            description = "With --to jsonld: the base of the @id of each thing, such as the portal's "
                    + "address (default: ${DEFAULT-VALUE}).")
    private String base;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "auto", converter = RootType.Converter.class,
            description = "What the file holds: auto, dossier, program, episode, event or coverage. "
                    + "auto (the default) tells it from the file's top-level properties.")
    private RootType type;

    @Parameters(index = "0", paramLabel = "FILE", description = "The content file, .json, .yaml or .yml.")
    private String file;

    @Override
    public Integer call() {
        ContentFiles contentFiles = new ContentFiles(tool.language(), tool.maxSize());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonLdWriter jsonLd = null;
        if (to == ContentFormat.JSONLD) {
            try {
                jsonLd = JsonLdWriter.withBase(base);
            } catch (IllegalArgumentException e) {
                err.println("--base: " + e.getMessage());
                return OutreachTool.USAGE;
            }
        }
        ContentFiles.Outcome outcome = contentFiles.read(file, type);
        if (outcome instanceof ContentFiles.Loaded loaded) {
            String written;
            try {
                written = jsonLd != null
                        ? jsonLd.writeString(loaded.value()) + System.lineSeparator()
                        : contentFiles.write(loaded.value(), to);
            } catch (IllegalArgumentException e) {
                // The JSON-LD writer refuses what would make an invalid rich result, and says why.
                err.println(ContentFiles.shown(file) + ": " + e.getMessage());
                return OutreachTool.INVALID;
            }
            out.print(written);
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
