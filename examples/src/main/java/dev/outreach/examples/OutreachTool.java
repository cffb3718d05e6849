package dev.outreach.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code outreach}: the command-line tool for people who write and check content files.
 *
 * <pre>
 * java -jar outreach.jar validate episode.json dossier.yaml
 * java -jar outreach.jar --lang id validate episode.json
 * java -jar outreach.jar convert --to yaml dossier.json
 * java -jar outreach.jar convert --to jsonld --base https://kemlu.go.id/outreach/ dossier.json
 * java -jar outreach.jar reach dossier.json
 * java -jar outreach.jar schema
 * java -jar outreach.jar demo
 * </pre>
 *
 * <p>Exit codes: {@value #VALID} when every file is valid, {@value #INVALID} when any file
 * holds invalid content (or is not JSON or YAML at all), {@value #USAGE} for a usage error or a
 * file that cannot be read, {@value #INTERNAL} for a fault of the tool itself.
 */
@Command(name = "outreach",
        mixinStandardHelpOptions = true,
        versionProvider = OutreachTool.Version.class,
        description = "Checks and converts Outreach content files (JSON or YAML) for the ministry's "
                + "outreach programs, episodes, events and press coverage.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, ReachCommand.class, SchemaCommand.class,
                DemoCommand.class,
                HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every file is valid",
                "1:a file holds invalid content, or is not JSON or YAML at all",
                "2:usage error, or a file that is missing, not a regular file, too large or cannot be read",
                "3:a fault of the tool itself (please report it)"})
public final class OutreachTool implements Runnable {

    /** Every file is valid. */
    public static final int VALID = 0;
    /** A file holds invalid content, or is not JSON or YAML at all. */
    public static final int INVALID = 1;
    /** A usage error, or a file that is missing, not a regular file, too large or cannot be read. */
    public static final int USAGE = 2;
    /** A fault of the tool itself. */
    public static final int INTERNAL = 3;

    /*
     * Hibernate Validator announces its version (HV000001) at INFO level through JBoss Logging,
     * which writes to java.util.logging when nothing else is on the class path. The tool's output
     * is for people and scripts: only warnings and errors get through. The reference is kept
     * because java.util.logging holds its loggers weakly and would forget the level.
     */
    private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "LANG", defaultValue = "en",
            converter = Language.Converter.class, completionCandidates = Language.Codes.class,
            description = "Language of the messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Language language = Language.EN;

    @Option(names = "--max-size", scope = ScopeType.INHERIT, paramLabel = "SIZE", defaultValue = "16M",
            converter = FileSize.Converter.class,
            description = "The largest file to read, in bytes or with K, M or G (default: ${DEFAULT-VALUE}). "
                    + "A larger file is not read.")
    private long maxSize = FileSize.DEFAULT;

    @Spec
    private CommandSpec spec;

    /** The tool's language, as given before or after the subcommand. */
    Language language() {
        return language;
    }

    /** The largest file the tool reads, in bytes. */
    long maxSize() {
        return maxSize;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: validate, convert, schema or demo");
    }

    /**
     * Runs the tool with its output in UTF-8 and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String... args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the tool: the entry point of {@link #main} and of tests.
     *
     * @param args the command line
     * @param out  where results go: valid files, violations, converted documents
     * @param err  where usage errors and unreadable files are reported
     * @return the exit code: {@value #VALID}, {@value #INVALID}, {@value #USAGE} or {@value #INTERNAL}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new OutreachTool())
                .setOut(outWriter)
                .setErr(errWriter)
                .setExecutionExceptionHandler((exception, command, parseResult) -> {
                    command.getErr().println("outreach: internal error, please report it: " + exception);
                    exception.printStackTrace(command.getErr());
                    return INTERNAL;
                });
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** The version of the Maven project, filled into a resource at build time. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"outreach " + version()};
        }

        static String version() {
            Properties properties = new Properties();
            try (InputStream in = OutreachTool.class.getResourceAsStream("outreach-tool.properties")) {
                if (in == null) {
                    throw new IllegalStateException("the version resource is missing from the jar");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("version");
        }
    }
}
