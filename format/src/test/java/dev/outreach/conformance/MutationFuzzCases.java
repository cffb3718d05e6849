package dev.outreach.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Violation;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the golden documents, run against each Jackson module by a subclass that
 * names its {@link ModuleCodec} and how many documents to read: each a golden fixture with bytes
 * flipped, inserted or deleted (anywhere, or at the very start or end), or with values swapped
 * or copied between places, from a fixed seed (see {@link Tries}; every failure names the seed
 * and the case). The JSON documents are read by the hardened JSON mapper;
 * the same goldens written as YAML, mutated the same way, by the hardened YAML mapper.
 *
 * <p>Every outcome is one of:
 * <ul>
 *   <li>a value, which writes and reads back to an equal value, written again the same;</li>
 *   <li>the module's {@code InvalidDocumentException} with at least one violation, each with a
 *       pointer into the document and a message text;</li>
 *   <li>Jackson's own exception for input that is not a document, which Jackson's own reading
 *       into plain values (with the same limits) refuses as well.</li>
 * </ul>
 */
public abstract class MutationFuzzCases {

    private static final byte[] INTERESTING = "{}[]\",:\\0-+.eE tfnul\n\t".getBytes(UTF_8);
    private static final byte[] INTERESTING_YAML = "{}[]\",:\\0-+.eE tfnul\n\t&*!|>#'%@`?~".getBytes(UTF_8);

    /** How a document was mutated. */
    enum Mutation { FLIP, INSERT, DELETE, DUPLICATE, SWAP_VALUES, COPY_VALUE, EDGES }

    /** How a read ended. */
    enum Outcome { VALUE, INVALID_DOCUMENT, NOT_A_DOCUMENT }

    /** @return the module under test */
    protected abstract ModuleCodec codec();

    /** @return how many mutated JSON documents to read */
    protected abstract int jsonCases();

    /** @return how many mutated YAML documents to read */
    protected abstract int yamlCases();

    /** A golden document, as JSON or as YAML. */
    private final class Golden {
        final String name;
        final Class<?> type;
        final byte[] bytes;
        final Object tree;
        final boolean yaml;

        Golden(String name, Class<?> type, boolean yaml) throws Exception {
            this.name = name;
            this.type = type;
            this.yaml = yaml;
            byte[] json;
            try (InputStream in = MutationFuzzCases.class.getResourceAsStream("/fixtures/valid/" + name)) {
                assertThat(in).as(name).isNotNull();
                json = in.readAllBytes();
            }
            this.bytes = yaml ? codec().writeYaml(codec().json().read(json, type)).getBytes(UTF_8) : json;
            this.tree = codec().readPlainJson(json);
        }

        Object read(byte[] input) throws Exception {
            return (yaml ? codec().yaml() : codec().json()).read(input, type);
        }

        void readPlain(byte[] input) throws Exception {
            if (yaml) {
                codec().readPlainYaml(input);
            } else {
                codec().readPlainJson(input);
            }
        }

        byte[] write(Object value) throws Exception {
            return yaml ? codec().writeYaml(value).getBytes(UTF_8) : codec().writeJson(value);
        }

        /** A tree written back, as JSON: a JSON text is a YAML document too. */
        byte[] writeTree(Object tree) throws Exception {
            return codec().writePlainJson(tree);
        }
    }

    @Test
    void mutatedGoldenJsonDocumentsReadToAValueOrTheDocumentedException() throws Exception {
        fuzz(false, jsonCases());
    }

    @Test
    void mutatedGoldenYamlDocumentsReadToAValueOrTheDocumentedException() throws Exception {
        fuzz(true, yamlCases());
    }

    private void fuzz(boolean yaml, int cases) throws Exception {
        List<Golden> goldens = List.of(new Golden("dossier-kemlu-space.json", Dossier.class, yaml),
                new Golden("episode-road-to-wcce.json", Episode.class, yaml),
                new Golden("event-wcce-2022.json", Event.class, yaml));
        for (Golden golden : goldens) {
            assertThat(golden.read(golden.bytes)).as(golden.name).isNotNull();
        }
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<Mutation, Integer> mutations = new EnumMap<>(Mutation.class);
        long seed = Tries.seed();
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            SplittableRandom random = new SplittableRandom(seed);
            for (int n = 0; n < cases; n++) {
                Golden golden = goldens.get(random.nextInt(goldens.size()));
                Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
                byte[] input = mutate(golden, mutation, random);
                mutations.merge(mutation, 1, Integer::sum);
                outcomes.merge(check(golden, input, mutation, n), 1, Integer::sum);
            }
        }, () -> "fuzzing did not finish, " + Tries.describe(-1));
        System.out.println("Mutation fuzzing (" + codec().name() + ", " + (yaml ? "YAML" : "JSON") + "): " + cases
                + " cases in " + (System.nanoTime() - start) / 1_000_000 + " ms, seed " + seed + ", outcomes "
                + outcomes + ", mutations " + mutations);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(cases);
        assertThat(mutations).containsOnlyKeys(Mutation.values());
        // Each outcome happens, and often: the mutations reach every part of the reader.
        assertThat(outcomes).as("outcomes of %s", Tries.describe(cases)).containsOnlyKeys(Outcome.values());
        assertThat(outcomes).allSatisfy((outcome, count) -> assertThat(count).as("%s", outcome)
                .isGreaterThan(cases / 100));
    }

    /** Reads a mutated document and checks the outcome; fails with the seed, case and input. */
    private Outcome check(Golden golden, byte[] input, Mutation mutation, int n) {
        try {
            Object value;
            try {
                value = golden.read(input);
            } catch (Exception e) {
                List<Violation> violations = codec().violations(e);
                if (violations != null) {
                    if (violations.isEmpty()) {
                        throw new AssertionError("no violations");
                    }
                    for (Violation violation : violations) {
                        if (violation.message().equals(violation.messageKey()) || violation.message().contains("{")) {
                            throw new AssertionError("no message text for " + violation.messageKey());
                        }
                        if (!violation.pointer().isEmpty() && !violation.pointer().startsWith("/")) {
                            throw new AssertionError("not a JSON Pointer: " + violation.pointer());
                        }
                    }
                    return Outcome.INVALID_DOCUMENT;
                }
                if (!codec().isJacksonException(e)) {
                    throw e;
                }
                try {
                    golden.readPlain(input);
                } catch (Exception expected) {
                    if (codec().isJacksonException(expected)) {
                        return Outcome.NOT_A_DOCUMENT;
                    }
                    throw expected;
                }
                throw new AssertionError("a well-formed document failed outside the module: " + e, e);
            }
            if (value == null) {
                throw new AssertionError("read null");
            }
            byte[] written = golden.write(value);
            Object again = golden.read(written);
            if (!again.equals(value)) {
                throw new AssertionError("written and read again, " + again + " differs from " + value);
            }
            if (!Arrays.equals(golden.write(again), written)) {
                throw new AssertionError("written again differently");
            }
            return Outcome.VALUE;
        } catch (Throwable t) {
            throw new AssertionError(mutation + " of " + golden.name + (golden.yaml ? " (YAML)" : "") + " failed at "
                    + Tries.describe(n) + " with " + t + "; input (base64): " + Base64.getEncoder().encodeToString(input), t);
        }
    }

    // ---- mutations -------------------------------------------------------------------------

    private static byte[] mutate(Golden golden, Mutation mutation, SplittableRandom random) throws Exception {
        byte[] bytes = golden.bytes;
        byte[] interesting = golden.yaml ? INTERESTING_YAML : INTERESTING;
        switch (mutation) {
            case FLIP: {
                byte[] out = bytes.clone();
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(out.length);
                    out[at] = random.nextBoolean() ? (byte) (out[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
                }
                return out;
            }
            case INSERT: {
                int at = random.nextInt(bytes.length + 1);
                byte[] insert = new byte[1 + random.nextInt(8)];
                for (int i = 0; i < insert.length; i++) {
                    insert[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256)
                            : interesting[random.nextInt(interesting.length)];
                }
                return splice(bytes, at, 0, insert);
            }
            case DELETE: {
                int at = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - at, 1 + random.nextInt(16));
                return splice(bytes, at, length, new byte[0]);
            }
            case DUPLICATE: {
                int from = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - from, 1 + random.nextInt(64));
                int at = random.nextInt(bytes.length + 1);
                return splice(bytes, at, 0, Arrays.copyOfRange(bytes, from, from + length));
            }
            case SWAP_VALUES:
            case COPY_VALUE: {
                Object tree = Trees.copy(golden.tree);
                List<Slot> slots = new ArrayList<>();
                slots(tree, slots);
                Slot a = slots.get(random.nextInt(slots.size()));
                Slot b = slots.get(random.nextInt(slots.size()));
                Object first = Trees.copy(a.get());
                Object second = Trees.copy(b.get());
                if (mutation == Mutation.SWAP_VALUES) {
                    a.set(second);
                }
                b.set(first);
                return golden.writeTree(tree);
            }
            case EDGES: {
                // Where Jackson reads before and after the module: the first bytes, and the end.
                if (random.nextBoolean()) {
                    byte[] out = bytes.clone();
                    out[random.nextInt(2)] = interesting[random.nextInt(interesting.length)];
                    return out;
                }
                byte[] tail = new byte[1 + random.nextInt(4)];
                for (int i = 0; i < tail.length; i++) {
                    tail[i] = interesting[random.nextInt(interesting.length)];
                }
                return splice(bytes, bytes.length, 0, tail);
            }
            default:
                throw new IllegalArgumentException(mutation.toString());
        }
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    /** A place that holds a value in a tree: a property of a map or an element of a list. */
    private static final class Slot {
        final Object container;
        final String name;
        final int index;

        Slot(Object container, String name, int index) {
            this.container = container;
            this.name = name;
            this.index = index;
        }

        Object get() {
            return name != null ? Trees.map(container).get(name) : Trees.list(container).get(index);
        }

        void set(Object value) {
            if (name != null) {
                Trees.map(container).put(name, value);
            } else {
                Trees.list(container).set(index, value);
            }
        }
    }

    private static void slots(Object node, List<Slot> out) {
        if (node instanceof Map) {
            for (Map.Entry<String, Object> entry : Trees.map(node).entrySet()) {
                out.add(new Slot(node, entry.getKey(), -1));
                slots(entry.getValue(), out);
            }
        } else if (node instanceof List) {
            List<Object> list = Trees.list(node);
            for (int i = 0; i < list.size(); i++) {
                out.add(new Slot(node, null, i));
                slots(list.get(i), out);
            }
        }
    }
}
