package dev.outreach.boot.tests;

import dev.outreach.core.Episode;
import dev.outreach.samples.KemluSpace;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The controller of the application under test, as an application team writes it: Outreach
 * values taken and given as they are, beside a type of the application's own.
 */
@RestController
@Import(ContractController.EpisodeDesk.class)
public class ContractController {

    /** @return the article's episode, declared as any type */
    @GetMapping("/any/road-to-wcce")
    public ResponseEntity<?> anyRoadToWcce() {
        return ResponseEntity.ok(KemluSpace.roadToWcce());
    }

    /**
     * @param episode an episode, or none
     * @return whether one was sent
     */
    @PostMapping("/optional-episodes")
    public String optional(@RequestBody(required = false) Episode episode) {
        return episode == null ? "none" : episode.id();
    }

    /**
     * @param episode an episode, or none
     * @return whether one was sent
     */
    @PostMapping("/optional-wrapped-episodes")
    public String optionalWrapped(@RequestBody Optional<Episode> episode) {
        return episode.map(Episode::id).orElse("none");
    }

    /**
     * @param entity a request with an episode
     * @return the same episode
     */
    @PostMapping("/entity-episodes")
    public Episode entity(HttpEntity<Episode> entity) {
        return entity.getBody();
    }

    /** @return the article's episode */
    @GetMapping("/episodes/road-to-wcce")
    public Episode roadToWcce() {
        return KemluSpace.roadToWcce();
    }

    /**
     * @param episode an episode sent by a client
     * @return the same episode
     */
    @PostMapping("/episodes")
    public Episode echo(@RequestBody Episode episode) {
        return episode;
    }

    /**
     * @param episodes episodes sent by a client
     * @return the same episodes
     */
    @PostMapping("/episode-lists")
    public List<Episode> echoAll(@RequestBody List<Episode> episodes) {
        return episodes;
    }

    /** @return an episode that breaks the format's rules, for the tests of the client side */
    @GetMapping(path = "/raw/invalid-episode", produces = "application/json")
    public String invalidEpisode() {
        return "{\"id\": \"Road to WCCE\", \"number\": 0, \"title\": {\"en\": \"Road to WCCE\"}}";
    }

    /** @return an episode with a property of a newer format version, for the tests of the client side */
    @GetMapping(path = "/raw/unknown-property", produces = "application/json")
    public String unknownProperty() {
        return "{\"id\": \"road-to-wcce\", \"number\": 1, \"title\": {\"en\": \"Road to WCCE\"},"
                + " \"aired\": \"2022-10-04\", \"newIn12\": true}";
    }

    /**
     * @param note a value of the application's own
     * @return the same value
     */
    @PostMapping("/notes")
    public Note echoNote(@RequestBody Note note) {
        return note;
    }

    /** A type of the application's own, read and written as the application configured Jackson. */
    public static final class Note {
        private String noteText;

        /** @return the text */
        public String getNoteText() {
            return noteText;
        }

        /** @param noteText the text */
        public void setNoteText(String noteText) {
            this.noteText = noteText;
        }
    }

    /**
     * A controller written once for any type of content, as applications write them.
     *
     * @param <T> the content type
     */
    public abstract static class Desk<T> {

        /**
         * @param content a value sent by a client
         * @return the same value
         */
        @PostMapping
        public T echo(@RequestBody T content) {
            return content;
        }
    }

    /** The desk of episodes. */
    @RestController
    @RequestMapping("/desk/episodes")
    public static class EpisodeDesk extends Desk<Episode> {
    }
}
