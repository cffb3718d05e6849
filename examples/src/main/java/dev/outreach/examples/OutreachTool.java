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
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
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
        return run(args, out, err, subcommands(args));
    }

    /** Runs the tool with the given subcommands: {@link #subcommands(String[])}' choice, or others in tests. */
    static int run(String[] args, PrintStream out, PrintStream err, List<Class<?>> subcommands) {
        // Hibernate Validator's announcement of its version stays out of the output (see
        // LoggingConfiguration), without starting java.util.logging before anything logs.
        LoggingConfiguration.install();
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new OutreachTool());
        // Before the settings below: they apply to the subcommands present when they are set.
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setOut(outWriter)
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

    /**
     * The subcommands a command line needs. picocli reflects over every subcommand it is given,
     * which is most of its start-up; a command line that validates, the tool's most frequent use,
     * needs only {@code validate}: its own usage help and errors name no other command. Any other
     * command line (help, a usage error before the subcommand, another command) gets all of them,
     * in the order the usage help lists them.
     *
     * @param args the command line
     * @return the classes of the subcommands to add
     */
    static List<Class<?>> subcommands(String[] args) {
        Set<String> seen = new HashSet<>();
        int i = 0;
        while (i < args.length) {
            if (args[i].equals("validate")) {
                return List.of(ValidateCommand.class);
            }
            // Only the tool's own options, each once and with a value they take, may come first.
            int equals = args[i].indexOf('=');
            String option = equals > 0 ? args[i].substring(0, equals) : args[i];
            String value;
            if (equals > 0) {
                value = args[i].substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                break;
            }
            if (!seen.add(option) || !takes(option, value)) {
                break;
            }
            i++;
        }
        return List.of(ValidateCommand.class, ConvertCommand.class, ReachCommand.class, SchemaCommand.class,
                DemoCommand.class, HelpCommand.class);
    }

    /** Whether {@code value} is a value the tool's own option {@code option} takes. */
    private static boolean takes(String option, String value) {
        try {
            switch (option) {
                case "--lang":
                    new Language.Converter().convert(value);
                    return true;
                case "--max-size":
                    new FileSize.Converter().convert(value);
                    return true;
                default:
                    return false;
            }
        } catch (RuntimeException e) {
            return false;
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
