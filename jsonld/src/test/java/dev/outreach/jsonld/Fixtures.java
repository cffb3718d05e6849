package dev.outreach.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the expected documents kept in the test resources. */
final class Fixtures {

    static final String BASE = "https://example.go.id/outreach/";
    /** The writer under test. */
    static final JsonLdWriter JSONLD = JsonLdWriter.withBase(BASE);
    /** The same writer's documents as Jackson trees. */
    static final TreeWriter WRITER = new TreeWriter(JSONLD);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    static JsonNode read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
