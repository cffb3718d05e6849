package dev.outreach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool in a JVM of its own, started by {@link OutreachTool#main}: the exit code reaches the
 * shell, and nothing but the tool's own lines is printed (no HV000001 log line from Hibernate
 * Validator on standard error).
 */
class OutreachToolProcessTest {

    @TempDir
    Path folder;

    @Test
    void demoPrintsOnlyTheDocument() throws Exception {
        Result result = java("demo");

        assertThat(result.exitCode()).isEqualTo(OutreachTool.VALID);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("{").contains("\"kemlu-space\"");
    }

    @Test
    void validateExitsWithTheToolsCodeAndPrintsNoLogLines() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"number\": 0}");
        Path missing = folder.resolve("missing.json");

        Result invalid = java("validate", "--type", "episode", broken.toString());
        Result unreadable = java("--lang", "id", "validate", missing.toString());

        assertThat(invalid.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(invalid.err()).isEmpty();
        assertThat(invalid.out()).contains(broken + ": /number: must be 1 or more");
        assertThat(unreadable.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(unreadable.out()).isEmpty();
        assertThat(unreadable.err().strip()).isEqualTo(missing + ": berkas tidak ditemukan");
    }

    private record Result(int exitCode, String out, String err) {
    }

    private Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(OutreachTool.class.getName());
        command.addAll(List.of(args));
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the tool ends within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
