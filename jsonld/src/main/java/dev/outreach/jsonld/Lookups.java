package dev.outreach.jsonld;

import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.Partner;
import dev.outreach.core.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds what the model names by identifier: an episode's partners in its program, an event's
 * larger events, a news article's subjects. What is not found is refused with a message naming
 * both identifiers.
 */
final class Lookups {

    private Lookups() {
    }

    /** @throws IllegalArgumentException if the program has no episode with the episode's identifier */
    static void requireEpisodeOf(Episode episode, Program program) {
        if (program.episodes().stream().noneMatch(e -> e.id().equals(episode.id()))) {
            throw new IllegalArgumentException("episode \"" + episode.id() + "\" is not an episode of program \""
                    + program.id() + "\"");
        }
    }

    /** @return the program's partners the episode names, in the episode's order */
    static List<Partner> partners(Episode episode, Program program) {
        List<Partner> partners = new ArrayList<>();
        for (String id : episode.partnerIds()) {
            partners.add(program.partner(id).orElseThrow());
        }
        return partners;
    }

    /**
     * @return the larger event the relation names
     * @throws IllegalArgumentException if the lookup does not find it
     */
    static Event largerEvent(Event event, EventRelation relation, Function<String, Optional<Event>> lookup) {
        Optional<Event> found = lookup.apply(relation.eventId());
        if (found == null || found.isEmpty()) {
            throw new IllegalArgumentException("Event \"" + event.id() + "\" is " + relation.kind().code()
                    + " \"" + relation.eventId() + "\", which the given events do not include");
        }
        return found.get();
    }

    /**
     * @return the {@link Program}, {@link Episode} or {@link Event} of the dossier with that
     *         identifier, looked for in that order
     * @throws IllegalArgumentException if the dossier has none
     */
    static Object subject(String id, Dossier dossier) {
        for (Program program : dossier.programs()) {
            if (program.id().equals(id)) {
                return program;
            }
            for (Episode episode : program.episodes()) {
                if (episode.id().equals(id)) {
                    return episode;
                }
            }
        }
        Optional<Event> event = dossier.event(id);
        if (event.isPresent()) {
            return event.get();
        }
        throw new IllegalArgumentException("the coverage is about \"" + id
                + "\", which is no program, episode or event of the given dossier");
    }
}
