package dev.outreach.jsonld;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The {@code @id} of every program, episode, event, person and organization, under one base
 * IRI: {@code {base}programs/kemlu-space}, {@code {base}episodes/road-to-wcce}, {@code
 * {base}events/wcce-2022}, {@code {base}people/antonius-yudi-triantoro}, {@code
 * {base}organizations/kemlu}.
 */
final class Iris {

    private final String base;

    private Iris(String base) {
        this.base = base;
    }

    /**
     * @param baseIri an absolute http(s) IRI with a host and no query or fragment; a missing
     *                final {@code /} is added
     * @throws IllegalArgumentException if it is not such an IRI
     */
    static Iris under(String baseIri) {
        Objects.requireNonNull(baseIri, "baseIri");
        URI uri;
        try {
            uri = new URI(baseIri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the base IRI is not a valid IRI: " + e.getMessage(), e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the base IRI must be an absolute http or https IRI with a host "
                    + "and no query or fragment, such as https://example.go.id/outreach/");
        }
        return new Iris(baseIri.endsWith("/") ? baseIri : baseIri + "/");
    }

    /** @return the base IRI, ending with {@code /} */
    String base() {
        return base;
    }

    String program(String id) {
        return base + "programs/" + id;
    }

    String episode(String id) {
        return base + "episodes/" + id;
    }

    String event(String id) {
        return base + "events/" + id;
    }

    String person(String id) {
        return base + "people/" + id;
    }

    String organization(String id) {
        return base + "organizations/" + id;
    }
}
