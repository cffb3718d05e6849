package dev.outreach.boot.tests;

import dev.outreach.core.Episode;
import dev.outreach.samples.KemluSpace;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The controller of the application under test, as an application team writes it: Outreach
 * values taken and given as they are, beside a type of the application's own.
 */
@RestController
public class ContractController {

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
}
