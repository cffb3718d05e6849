package dev.outreach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.HelpCommand;

/**
 * A command line that validates gets only the {@code validate} subcommand (so that picocli
 * reflects over one subcommand, not six), and prints what it printed with all of them; any other
 * command line gets every subcommand.
 */
class SubcommandsTest {

    private static final List<Class<?>> ALL = List.of(ValidateCommand.class, ConvertCommand.class,
            ReachCommand.class, SchemaCommand.class, DemoCommand.class, HelpCommand.class);

    private static String[] args(String commandLine) {
        return commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate x.json", "validate", "--lang id validate x.json", "--lang=ID validate",
            "--max-size 1M --lang en validate a.json b.yaml", "--max-size=64k validate --type episode x.json",
            "validate convert"})
    void aCommandLineThatValidatesGetsValidateOnly(String commandLine) {
        assertThat(OutreachTool.subcommands(args(commandLine))).containsExactly(ValidateCommand.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "-h validate x.json", "--version", "help validate", "convert validate",
            "demo", "--lang fr validate x.json", "--lang validate x.json", "--lang", "--lang id --lang en validate",
            "--max-size=lots validate x.json", "--max-size validate", "--bogus validate x.json", "-- validate x.json",
            "schema validate"})
    void anyOtherCommandLineGetsEverySubcommandInTheOrderOfTheUsageHelp(String commandLine) {
        assertThat(OutreachTool.subcommands(args(commandLine))).containsExactlyElementsOf(ALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate --help", "validate", "--lang id validate", "validate --type podcast x.json",
            "validate --bogus x.json", "validate --type", "validate -h x.json", "--max-size 2 validate x.json",
            "validate missing.json", "validate --lang id missing.json not-content.txt"})
    void validateAloneSaysWhatItSaysAmongAllTheCommands(String commandLine) {
        String[] args = args(commandLine);
        assertThat(OutreachTool.subcommands(args)).containsExactly(ValidateCommand.class);

        String[] alone = run(args, List.of(ValidateCommand.class));
        String[] amongAll = run(args, ALL);

        assertThat(alone).containsExactly(amongAll);
        assertThat(alone[1] + alone[2]).isNotEmpty();
    }

    /** @return the exit code, the output and the errors of one run with the given subcommands */
    private static String[] run(String[] args, List<Class<?>> subcommands) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = OutreachTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), subcommands);
        return new String[] {Integer.toString(exitCode), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }
}
