package dev.outreach.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.ReachReport;
import dev.outreach.core.Violation;
import dev.outreach.samples.KemluSpace;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One mapper shared by {@value #THREADS} threads, each doing {@value #OPERATIONS} reads and
 * writes at once (released together by a latch): no error, and every result equal to the one
 * the same operation gives on a single thread, the first use of the module included (the
 * threads start on a new mapper, so its serializer caches fill while they race).
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int OPERATIONS = 2_000;

    /** One operation and what it gives; the same inputs on every thread. */
    private interface Operation {
        Object run(JsonMapper mapper) throws Exception;
    }

    @Test
    void aSharedMapperGivesEveryThreadTheSingleThreadedResults() throws Exception {
        byte[] dossierJson = fixture("dossier-kemlu-space.json");
        byte[] episodeJson = fixture("episode-road-to-wcce.json");
        byte[] eventJson = fixture("event-wcce-2022.json");
        String invalid = "{\"id\":\"Road to WCCE\",\"number\":0,\"title\":{\"en\":\" x\"},\"aired\":\"4/10/2022\"}";
        List<Operation> operations = List.of(
                mapper -> mapper.readValue(dossierJson, Dossier.class),
                mapper -> mapper.readValue(episodeJson, Episode.class),
                mapper -> mapper.readValue(eventJson, Event.class),
                mapper -> mapper.writeValueAsString(KemluSpace.dossier()),
                mapper -> mapper.writeValueAsString(ReachReport.of(KemluSpace.program())),
                mapper -> mapper.readValue(mapper.writeValueAsBytes(KemluSpace.roadToWcce()), Episode.class),
                mapper -> violations(mapper, invalid));

        // The results on one thread, with a mapper of its own.
        JsonMapper single = OutreachJson.hardenedMapper();
        List<Object> expected = new ArrayList<>();
        for (Operation operation : operations) {
            expected.add(operation.run(single));
        }
        assertThat(expected.get(0)).isEqualTo(KemluSpace.dossier());
        assertThat((List<?>) expected.get(6)).hasSize(4);

        JsonMapper shared = OutreachJson.hardenedMapper();
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Integer> work = () -> {
                    ready.countDown();
                    start.await();
                    int done = 0;
                    for (int i = 0; i < OPERATIONS; i++) {
                        int which = (i + thread) % operations.size();
                        Object result = operations.get(which).run(shared);
                        if (!result.equals(expected.get(which))) {
                            throw new AssertionError("thread " + thread + ", operation " + i + " (" + which
                                    + "): " + result + " differs from " + expected.get(which));
                        }
                        done++;
                    }
                    return done;
                };
                results.add(pool.submit(work));
            }
            int total = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
                assertThat(ready.await(1, TimeUnit.MINUTES)).as("every thread ready").isTrue();
                start.countDown();
                int sum = 0;
                for (Future<Integer> result : results) {
                    sum += result.get();
                }
                return sum;
            });
            assertThat(total).isEqualTo(THREADS * OPERATIONS);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    private static List<String> violations(JsonMapper mapper, String document) {
        try {
            mapper.readValue(document, Episode.class);
        } catch (InvalidDocumentException e) {
            return e.violations().stream().map(Violation::toString).collect(Collectors.toList());
        } catch (Exception e) {
            throw new AssertionError("not an InvalidDocumentException: " + e, e);
        }
        throw new AssertionError("read an invalid document");
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = ConcurrencyTest.class.getResourceAsStream("/fixtures/valid/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
