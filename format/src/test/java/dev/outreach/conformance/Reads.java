package dev.outreach.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.outreach.core.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** The outcomes of a read that the suites assert, the same for every module. */
public final class Reads {

    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private Reads() {
    }

    /**
     * Reads and expects the module's exception.
     *
     * @return its violations as {@code pointer: message} lines in English
     */
    public static List<String> rejected(ModuleCodec codec, ModuleCodec.Reader reader, String document, Class<?> type) {
        return lines(rejectedViolations(codec, reader, document.getBytes(StandardCharsets.UTF_8), type), Locale.ENGLISH);
    }

    /** Reads and expects the module's exception; returns its violations. */
    public static List<Violation> rejectedViolations(ModuleCodec codec, ModuleCodec.Reader reader, byte[] document,
            Class<?> type) {
        Throwable thrown = thrown(reader, document, type);
        List<Violation> violations = codec.violations(thrown);
        assertThat(violations).as("what reading %s threw: %s", type.getSimpleName(), thrown).isNotNull().isNotEmpty();
        return violations;
    }

    /** Reads within a guard against hangs and returns what was thrown, failing if a value came back. */
    public static Throwable thrown(ModuleCodec.Reader reader, byte[] document, Class<?> type) {
        return thrown(() -> reader.read(document, type));
    }

    /**
     * Runs a read within a guard against hangs and returns what it threw, failing if a value came
     * back or if what it threw is an internal error (a stack overflow, out of memory, a null
     * pointer, an index out of bounds, ...) rather than a documented exception.
     */
    public static Throwable thrown(Callable<Object> read) {
        Object[] value = new Object[1];
        Throwable thrown = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                value[0] = read.call();
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        assertThat(value[0]).as("a value read from hostile input").isNull();
        assertThat(thrown).as("what the read threw").isNotNull()
                .isNotInstanceOfAny(StackOverflowError.class, OutOfMemoryError.class, NullPointerException.class,
                        IllegalStateException.class, ClassCastException.class, IndexOutOfBoundsException.class);
        return thrown;
    }

    /** @return the violations as {@code pointer: message} lines in the language */
    public static List<String> lines(List<Violation> violations, Locale locale) {
        return violations.stream().map(v -> v.describe(locale)).collect(Collectors.toList());
    }
}
