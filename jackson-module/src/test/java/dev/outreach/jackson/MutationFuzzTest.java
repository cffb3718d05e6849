package dev.outreach.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the golden documents: {@value #CASES} documents per run, each a golden
 * fixture with bytes flipped, inserted or deleted (anywhere, or at the very start or end), or
 * with values swapped or copied between places, from a fixed seed (see {@link Tries}; every failure names the seed and the case).
 *
 * <p>Every outcome is one of:
 * <ul>
 *   <li>a value, which writes and reads back to an equal value;</li>
 *   <li>an {@link InvalidDocumentException} with at least one violation, each with a pointer
 *       into the document and a message text;</li>
 *   <li>a plain Jackson {@link JsonProcessingException} for input that is not a document, which
 *       Jackson's own tree reader (with the same limits) refuses as well.</li>
 * </ul>
 */
class MutationFuzzTest {

    /** The number of mutated documents read per run. */
    static final int CASES = 100_000;

    private static final JsonMapper MAPPER = OutreachJson.hardenedMapper();
    private static final byte[] INTERESTING = "{}[]\",:\\0-+.eE tfnul\n\t".getBytes(UTF_8);

    /** How a document was mutated. */
    enum Mutation { FLIP, INSERT, DELETE, DUPLICATE, SWAP_VALUES, COPY_VALUE, EDGES }

    /** How a read ended. */
    enum Outcome { VALUE, INVALID_DOCUMENT, NOT_A_DOCUMENT }

    private static final class Golden {
        final String name;
        final Class<?> type;
        final byte[] bytes;
        final JsonNode tree;

        Golden(String name, Class<?> type) throws IOException {
            this.name = name;
            this.type = type;
            try (InputStream in = MutationFuzzTest.class.getResourceAsStream("/fixtures/valid/" + name)) {
                assertThat(in).as(name).isNotNull();
                this.bytes = in.readAllBytes();
            }
            this.tree = MAPPER.readTree(bytes);
        }
    }

    @Test
    void mutatedGoldenDocumentsReadToAValueOrTheDocumentedException() throws Exception {
        List<Golden> goldens = List.of(new Golden("dossier-kemlu-space.json", Dossier.class),
                new Golden("episode-road-to-wcce.json", Episode.class),
                new Golden("event-wcce-2022.json", Event.class));
        for (Golden golden : goldens) {
            assertThat(MAPPER.readValue(golden.bytes, golden.type)).as(golden.name).isNotNull();
        }
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<Mutation, Integer> mutations = new EnumMap<>(Mutation.class);
        long seed = Tries.seed();
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            SplittableRandom random = new SplittableRandom(seed);
            for (int n = 0; n < CASES; n++) {
                Golden golden = goldens.get(random.nextInt(goldens.size()));
                Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
                byte[] input = mutate(golden, mutation, random);
                mutations.merge(mutation, 1, Integer::sum);
                outcomes.merge(check(golden, input, mutation, n), 1, Integer::sum);
            }
        }, () -> "fuzzing did not finish, " + Tries.describe(-1));
        System.out.println("Mutation fuzzing: " + CASES + " cases, seed " + seed + ", outcomes " + outcomes
                + ", mutations " + mutations);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES);
        assertThat(mutations).containsOnlyKeys(Mutation.values());
        // Each outcome happens, and often: the mutations reach every part of the reader.
        assertThat(outcomes).as("outcomes of %s", Tries.describe(CASES)).containsOnlyKeys(Outcome.values());
        assertThat(outcomes).allSatisfy((outcome, count) -> assertThat(count).as("%s", outcome).isGreaterThan(CASES / 100));
    }

    /** Reads a mutated document and checks the outcome; fails with the seed, case and input. */
    private static Outcome check(Golden golden, byte[] input, Mutation mutation, int n) {
        try {
            Object value;
            try {
                value = MAPPER.readValue(input, golden.type);
            } catch (InvalidDocumentException e) {
                List<Violation> violations = e.violations();
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
            } catch (JsonProcessingException e) {
                try {
                    MAPPER.readTree(input);
                } catch (JsonProcessingException expected) {
                    return Outcome.NOT_A_DOCUMENT;
                }
                throw new AssertionError("a well-formed document failed outside the module: " + e, e);
            }
            if (value == null) {
                throw new AssertionError("read null");
            }
            byte[] written = MAPPER.writeValueAsBytes(value);
            Object again = MAPPER.readValue(written, golden.type);
            if (!again.equals(value)) {
                throw new AssertionError("written and read again, " + again + " differs from " + value);
            }
            if (!Arrays.equals(MAPPER.writeValueAsBytes(again), written)) {
                throw new AssertionError("written again differently");
            }
            return Outcome.VALUE;
        } catch (Throwable t) {
            throw new AssertionError(mutation + " of " + golden.name + " failed at " + Tries.describe(n) + " with " + t
                    + "; input (base64): " + Base64.getEncoder().encodeToString(input), t);
        }
    }

    // ---- mutations -------------------------------------------------------------------------

    static byte[] mutate(Golden golden, Mutation mutation, SplittableRandom random) throws IOException {
        byte[] bytes = golden.bytes;
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
                            : INTERESTING[random.nextInt(INTERESTING.length)];
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
                JsonNode tree = golden.tree.deepCopy();
                List<Slot> slots = new ArrayList<>();
                slots(tree, slots);
                Slot a = slots.get(random.nextInt(slots.size()));
                Slot b = slots.get(random.nextInt(slots.size()));
                JsonNode first = a.get().deepCopy();
                JsonNode second = b.get().deepCopy();
                if (mutation == Mutation.SWAP_VALUES) {
                    a.set(second);
                }
                b.set(first);
                return MAPPER.writeValueAsBytes(tree);
            }
            case EDGES: {
                // Where Jackson reads before and after the module: the first bytes, and the end.
                if (random.nextBoolean()) {
                    byte[] out = bytes.clone();
                    out[random.nextInt(2)] = INTERESTING[random.nextInt(INTERESTING.length)];
                    return out;
                }
                byte[] tail = new byte[1 + random.nextInt(4)];
                for (int i = 0; i < tail.length; i++) {
                    tail[i] = INTERESTING[random.nextInt(INTERESTING.length)];
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

    /** A place that holds a value in a tree: a property of an object or an element of an array. */
    private static final class Slot {
        final JsonNode container;
        final String name;
        final int index;

        Slot(JsonNode container, String name, int index) {
            this.container = container;
            this.name = name;
            this.index = index;
        }

        JsonNode get() {
            return name != null ? container.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) container).set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    private static void slots(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                out.add(new Slot(node, name, -1));
                slots(node.get(name), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                slots(node.get(i), out);
            }
        }
    }
}
