package dev.outreach.boot4;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A server that gives broken Outreach content, for the tests of the client side. */
@RestController
class RawController {

    static final String INVALID_EPISODE = "{\"id\": \"Road to WCCE\", \"number\": 0, \"title\": {\"en\": \"Road to WCCE\"}}";

    @GetMapping(path = "/raw/invalid-episode", produces = MediaType.APPLICATION_JSON_VALUE)
    String invalidEpisode() {
        return INVALID_EPISODE;
    }

    @GetMapping(path = "/raw/unknown-property", produces = MediaType.APPLICATION_JSON_VALUE)
    String unknownProperty() {
        return "{\"id\": \"road-to-wcce\", \"number\": 1, \"title\": {\"en\": \"Road to WCCE\"},"
                + " \"aired\": \"2022-10-04\", \"newIn12\": true}";
    }
}
