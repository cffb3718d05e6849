package dev.outreach.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.outreach.core.Episode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Streams an archive of episodes with the module and reports the heap it takes. Run it with a
 * small heap, as {@code run.sh} does: {@code java -Xmx64m -cp benchmarks.jar
 * dev.outreach.benchmarks.ArchiveHeap [episodes]}.
 *
 * <p>Two passes over the same file: the first reports the peak heap the JVM used (the sum of
 * the heap pools' peaks, which a collector lets grow to what it is given), the second forces a
 * full collection every quarter of the archive and reports the live heap, which stays flat
 * when nothing is kept from one episode to the next.
 */
public final class ArchiveHeap {

    private ArchiveHeap() {
    }

    /**
     * @param args optionally, how many episodes (10,000 by default)
     * @throws IOException if the temporary file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : Archive.EPISODES;
        Path file = Files.createTempFile("outreach-archive-", ".json");
        try {
            Archive.write(file, count);
            ObjectReader reader = Data.moduleMapper().readerFor(Episode.class);
            read(reader, file, 0); // warm-up, and the classes loaded before measuring

            System.gc();
            long before = used();
            resetPeaks();
            long start = System.nanoTime();
            int read = read(reader, file, 0);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = peaks();

            List<Long> live = new ArrayList<>();
            read(reader, file, Math.max(1, count / 4), live);

            System.out.printf(Locale.ROOT, "archive: %,d episodes, %.1f MB of JSON, read in %,d ms%n",
                    read, mb(Files.size(file)), millis);
            System.out.printf(Locale.ROOT, "heap: max %.0f MB; live before reading %.1f MB; peak used while "
                    + "streaming %.1f MB (sum of heap pool peaks)%n", mb(Runtime.getRuntime().maxMemory()),
                    mb(before), mb(peak));
            StringBuilder line = new StringBuilder("live heap after a full GC at each quarter:");
            for (long bytes : live) {
                line.append(String.format(Locale.ROOT, " %.1f MB", mb(bytes)));
            }
            System.out.println(line);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static int read(ObjectReader reader, Path file, int gcEvery) throws IOException {
        return read(reader, file, gcEvery, new ArrayList<>());
    }

    private static int read(ObjectReader reader, Path file, int gcEvery, List<Long> live) throws IOException {
        int read = 0;
        long sum = 0;
        try (MappingIterator<Episode> episodes = reader.readValues(file.toFile())) {
            while (episodes.hasNext()) {
                sum += episodes.next().number();
                read++;
                if (gcEvery > 0 && read % gcEvery == 0) {
                    System.gc();
                    live.add(used());
                }
            }
        }
        if (sum != (long) read * (read + 1) / 2) {
            throw new IllegalStateException("episodes missing from the archive");
        }
        return read;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
