package dev.outreach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library modules are named JPMS modules: in a JVM that puts them (and their run-time
 * dependencies) on the module path, the model validates with Hibernate Validator, finds its
 * messages, and the Jackson module reads and writes, without any package opened by hand.
 */
class ModulePathTest {

    /** The run-time jars and class folders that form the module path, by the start of their file name. */
    private static final List<String> MODULES = List.of("outreach-", "jackson-core", "jackson-databind",
            "jackson-annotations", "hibernate-validator", "jakarta.validation-api", "jboss-logging", "classmate");

    @TempDir
    Path folder;

    @Test
    void theLibraryWorksOnTheModulePath() throws Exception {
        List<String> modulePath = new ArrayList<>();
        String testClasses = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            boolean ourClasses = entry.contains("target" + File.separator + "classes")
                    && !entry.contains("examples" + File.separator + "target");
            if (entry.endsWith("examples" + File.separator + "target" + File.separator + "test-classes")) {
                testClasses = entry;
            } else if (ourClasses || (name.endsWith(".jar") && MODULES.stream().anyMatch(name::startsWith)
                    && !name.contains("tests"))) {
                modulePath.add(entry);
            }
        }
        assertThat(testClasses).as("the examples' test classes on the class path").isNotNull();

        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-p", String.join(File.pathSeparator, modulePath),
                "--add-modules", "dev.outreach.jackson,dev.outreach.samples",
                "-cp", testClasses, ModulePathProbe.class.getName());
        Path out = folder.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().collect(Collectors.toList())).as(String.join(" ", command)).contains(
                "module dev.outreach.core",
                "module dev.outreach.jackson",
                "round trip true",
                "  id: harus berupa slug huruf kecil dari huruf, angka, dan tanda hubung tunggal, paling banyak 64 karakter",
                "/name: is required");
        assertThat(Arrays.asList(modulePath.toArray(new String[0]))).anyMatch(p -> p.contains("core"));
    }
}
