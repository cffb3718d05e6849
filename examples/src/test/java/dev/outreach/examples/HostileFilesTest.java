package dev.outreach.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that would make a careless checker block, run out of memory or print control
 * characters: a device, a named pipe, a file larger than the limit, a name or a property name
 * holding escape sequences. Each gets one line, the next file is still checked, and the exit
 * code is the README's. Large files are sparse, so they cost no disk.
 */
class HostileFilesTest {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private Path valid() throws IOException {
        return Files.writeString(folder.resolve("valid.json"), "{\"id\": \"e\", \"number\": 1, \"title\": {\"en\": \"Road\"}}");
    }

    private Path sparse(String name, long length) throws IOException {
        Path file = folder.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(length);
        }
        return file;
    }

    private static ToolRun run(String... args) {
        return assertTimeoutPreemptively(AT_MOST, () -> ToolRun.of(args), "the tool ends");
    }

    @Test
    void aSymbolicLinkToADeviceIsNotRead() throws IOException {
        Path zero = Files.createSymbolicLink(folder.resolve("zero.json"), Path.of("/dev/zero"));
        Path valid = valid();

        ToolRun run = run("validate", zero.toString(), valid.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(run.errLines()).containsExactly(
                zero + ": is not a regular file (a device, a pipe or a socket), so it is not read");
        assertThat(run.outLines()).containsExactly(valid + ": OK, a valid Episode");
    }

    @Test
    void aNamedPipeIsNotOpened() throws Exception {
        Path pipe = folder.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        Path valid = valid();

        ToolRun run = run("--lang", "id", "validate", pipe.toString(), valid.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(run.errLines()).containsExactly(
                pipe + ": bukan berkas biasa (perangkat, pipa, atau soket), jadi tidak dibaca");
        assertThat(run.outLines()).containsExactly(valid + ": OK, Episode yang valid");
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() throws IOException {
        Path huge = sparse("huge.json", 2L << 30);
        Path large = sparse("large.json", FileSize.DEFAULT + 1);
        Path valid = valid();

        ToolRun run = run("validate", huge.toString(), large.toString(), valid.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(run.errLines()).containsExactly(
                huge + ": is larger than 16777216 bytes, so it is not read (raise the limit with --max-size)",
                large + ": is larger than 16777216 bytes, so it is not read (raise the limit with --max-size)");
        assertThat(run.outLines()).containsExactly(valid + ": OK, a valid Episode");
    }

    @Test
    void maxSizeRaisesOrLowersTheLimit() throws IOException {
        Path large = sparse("large.json", FileSize.DEFAULT + 1);
        Path valid = valid();

        ToolRun raised = run("validate", "--max-size", "17M", large.toString());
        ToolRun lowered = run("--max-size=10", "--lang", "id", "validate", valid.toString());

        // Read, and found to be no JSON at all (it is zeros): exit 1, the file's content.
        assertThat(raised.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(raised.outLines()).singleElement().asString().startsWith(large + ": is not a JSON document");
        assertThat(lowered.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(lowered.errLines()).containsExactly(
                valid + ": lebih besar dari 10 bita, jadi tidak dibaca (naikkan batasnya dengan --max-size)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "12X", "M", "ten", "9999999999999M"})
    void aMaxSizeThatIsNoSizeIsAUsageError(String size) throws IOException {
        ToolRun run = run("validate", "--max-size", size, valid().toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(run.err()).contains("is not a size: give bytes, or a number followed by K, M or G");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void sizesAreBytesOrBinaryMultiples() {
        assertThat(FileSize.parse("1")).isEqualTo(1);
        assertThat(FileSize.parse("512k")).isEqualTo(512 * 1024);
        assertThat(FileSize.parse("16M")).isEqualTo(FileSize.DEFAULT);
        assertThat(FileSize.parse("2G")).isEqualTo(2L << 30);
    }

    @Test
    void fileNamesAndPropertyNamesAreShownWithoutControlCharacters() throws IOException {
        Path named = Files.writeString(folder.resolve("bad\u001B[31m\u0007name.json"),
                "{\"id\": \"e\", \"number\": 1, \"title\": {\"en\": \"Road\"}, \"x\\u001b[2J\\r\\nforged\": 1}");
        Path missing = folder.resolve("gone\r\nforged.json");
        String shown = folder + "/bad\\u001B[31m\\u0007name.json";

        ToolRun run = run("validate", named.toString(), missing.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.USAGE);
        assertThat(run.outLines()).containsExactly(
                shown + ": /x\\u001B[2J\\u000D\\u000Aforged: is not a property of this object");
        assertThat(run.errLines()).containsExactly(folder + "/gone\\u000D\\u000Aforged.json: no such file");
        assertThat(run.out() + run.err()).doesNotContain("\u001B", "\u0007", "\r");
    }

    @Test
    void aFileWithMoreViolationsThanAreKeptSaysHowManyMore() throws IOException {
        StringBuilder document = new StringBuilder("{\"id\": \"e\", \"number\": 1, \"title\": {\"en\": \"Road\"}");
        for (int i = 0; i < 150; i++) {
            document.append(", \"k").append(i).append("\": 0");
        }
        Path file = Files.writeString(folder.resolve("keys.json"), document.append('}'));

        ToolRun run = run("validate", file.toString());
        ToolRun indonesian = run("--lang", "id", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(OutreachTool.INVALID);
        assertThat(run.outLines()).hasSize(101).startsWith(file + ": /k0: is not a property of this object")
                .endsWith(file + ": ... and 50 more");
        assertThat(indonesian.outLines()).endsWith(file + ": ... dan 50 lainnya");
    }

    @Test
    void aFileUnderARaisedLimitThatDoesNotFitTheHeapIsReportedAndTheNextOneChecked() throws Exception {
        Path large = sparse("large.json", 300L << 20);
        Path valid = valid();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), OutreachTool.class.getName(),
                "validate", "--max-size", "1G", large.toString(), valid.toString()));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the tool ends within a minute").isTrue();

        assertThat(process.exitValue()).isEqualTo(OutreachTool.USAGE);
        assertThat(Files.readAllLines(err, StandardCharsets.UTF_8)).containsExactly(
                large + ": is too large to check in the memory of this Java VM (give it more with -Xmx)");
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly(valid + ": OK, a valid Episode");
    }
}
