package dev.outreach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Dossier;
import dev.outreach.jackson.OutreachJson;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged tool, {@code java -jar examples/target/outreach.jar}, as a person runs it. */
class OutreachJarIT {

    private static Path jar;

    @TempDir
    Path folder;

    @BeforeAll
    static void findTheJar() {
        jar = Path.of(System.getProperty("outreach.jar", "target/outreach.jar"));
        assertThat(jar).as("the shaded jar, built in the package phase").isRegularFile();
    }

    @Test
    void theJarRunsItsMainClassAndReportsTheProjectVersion() throws Exception {
        Result result = run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("outreach " + System.getProperty("outreach.expectedVersion"));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void demoPrintsTheArticlesDossierAndNothingElse() throws Exception {
        Result result = run("demo");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).as("no HV000001 or other log line").isEmpty();
        assertThat(OutreachJson.hardenedMapper().readValue(result.out(), Dossier.class))
                .isEqualTo(KemluSpace.dossier());
    }

    @Test
    void validateReportsABrokenYamlFileInBothLanguages() throws Exception {
        Path file = Files.writeString(folder.resolve("episode.yaml"), """
                id: road-to-wcce
                number: 0
                title:
                  en: Road to WCCE
                """, StandardCharsets.UTF_8);

        Result english = run("validate", file.toString());
        Result indonesian = run("--lang", "id", "validate", file.toString());

        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.out().lines()).containsExactly(file + ": /number: must be 1 or more");
        assertThat(indonesian.exitCode()).isEqualTo(1);
        assertThat(indonesian.out().lines()).containsExactly(file + ": /number: harus 1 atau lebih");
        assertThat(english.err() + indonesian.err()).isEmpty();
    }

    @Test
    void theJarHasMergedServicesNoSignaturesAndNoModuleDescriptors() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
            assertThat(names).noneMatch(name -> name.endsWith("module-info.class"));
            assertThat(names).noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(OutreachTool.class.getName());
            JarEntry services = file.getJarEntry("META-INF/services/com.fasterxml.jackson.databind.Module");
            assertThat(services).isNotNull();
            String modules = new String(file.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(modules).contains("dev.outreach.jackson.OutreachModule");
        }
    }

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
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
