package dev.outreach.examples.web;

import dev.outreach.core.Episode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes and gives episodes as they are: an {@link Episode} that reaches {@link #add(Episode)} is
 * valid, since an invalid body never reaches the controller.
 */
@RestController
@RequestMapping("/episodes")
public class EpisodeController {

    private final Map<String, Episode> episodes = new ConcurrentHashMap<>();

    /**
     * @param episode a valid episode
     * @return 201 with the episode's address
     */
    @PostMapping
    public ResponseEntity<Episode> add(@RequestBody Episode episode) {
        episodes.put(episode.id(), episode);
        return ResponseEntity.created(URI.create("/episodes/" + episode.id())).body(episode);
    }

    /**
     * @param id an episode's id
     * @return the episode, or 404
     */
    @GetMapping("/{id}")
    public ResponseEntity<Episode> get(@PathVariable("id") String id) {
        Episode episode = episodes.get(id);
        return episode == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(episode);
    }

    /** @return every episode kept */
    @GetMapping
    public List<Episode> all() {
        return new ArrayList<>(episodes.values());
    }
}
