package dev.outreach.jackson3;

import dev.outreach.core.Episode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an episode file with the hardened mapper, in a JVM of its own started with a small
 * heap by {@link BoundedReadTest}, and prints how many violations were kept and omitted and the
 * last line of the message (or that the heap ran out).
 */
public final class BoundedReadProbe {

    private BoundedReadProbe() {
    }

    /** @param args the file to read */
    public static void main(String[] args) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            OutreachJson.hardenedMapper().readValue(in, Episode.class);
            System.out.println("valid");
        } catch (InvalidDocumentException e) {
            System.out.println("kept=" + e.violations().size() + " omitted=" + e.omitted());
            System.out.println(e.getMessage().substring(e.getMessage().lastIndexOf('\n') + 1));
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory");
        }
    }
}
