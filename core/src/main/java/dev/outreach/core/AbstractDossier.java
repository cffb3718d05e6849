package dev.outreach.core;

import jakarta.validation.constraints.NotNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A complete set of outreach content, as one document: programs, the events they promote, and
 * the coverage they received. Checks what no single part can: identifiers of programs,
 * episodes and events are unique across the set (coverage may name any of them), every reference (an episode's events, an event's larger events, an article's
 * subjects) names something in it, and no event is, through other events, part of itself.
 */
@Value.Immutable
abstract class AbstractDossier implements Consistent {

    /** @return the programs */
    public abstract List<@NotNull(message = "{outreach.required}") Program> programs();

    /** @return the events */
    public abstract List<@NotNull(message = "{outreach.required}") Event> events();

    /** @return the news coverage */
    public abstract List<@NotNull(message = "{outreach.required}") Coverage> coverage();

    /**
     * @param id an event identifier
     * @return the event with that identifier, if any
     */
    public Optional<Event> event(String id) {
        return events().stream().filter(event -> event.id().equals(id)).findFirst();
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        // Programs, episodes and events share one space of identifiers: coverage refers to any of them.
        Set<String> ids = new HashSet<>();
        for (int p = 0; p < programs().size(); p++) {
            Program program = programs().get(p);
            if (!ids.add(program.id())) {
                problems.report("outreach.duplicate", "programs", p, "id");
            }
            for (int e = 0; e < program.episodes().size(); e++) {
                if (!ids.add(program.episodes().get(e).id())) {
                    problems.report("outreach.duplicate", "programs", p, "episodes", e, "id");
                }
            }
        }
        for (int e = 0; e < events().size(); e++) {
            if (!ids.add(events().get(e).id())) {
                problems.report("outreach.duplicate", "events", e, "id");
            }
        }
        Map<String, Event> events = new HashMap<>();
        for (Event event : events()) {
            events.putIfAbsent(event.id(), event);
        }
        Set<String> known = new HashSet<>(events.keySet());
        for (int p = 0; p < programs().size(); p++) {
            Program program = programs().get(p);
            known.add(program.id());
            List<Episode> episodes = program.episodes();
            for (int e = 0; e < episodes.size(); e++) {
                known.add(episodes.get(e).id());
                List<String> eventIds = episodes.get(e).eventIds();
                for (int i = 0; i < eventIds.size(); i++) {
                    if (!events.containsKey(eventIds.get(i))) {
                        problems.report("outreach.reference.unknownEvent", "programs", p, "episodes", e, "eventIds", i);
                    }
                }
            }
        }
        for (int e = 0; e < events().size(); e++) {
            Event event = events().get(e);
            List<EventRelation> relations = event.relations();
            for (int r = 0; r < relations.size(); r++) {
                String target = relations.get(r).eventId();
                if (!events.containsKey(target)) {
                    problems.report("outreach.reference.unknownEvent", "events", e, "relations", r, "eventId");
                } else if (reaches(events, target, event.id())) { // never itself: an Event refuses that
                    problems.report("outreach.event.cycle", "events", e, "relations", r, "eventId");
                }
            }
        }
        for (int c = 0; c < coverage().size(); c++) {
            List<String> about = coverage().get(c).about();
            for (int a = 0; a < about.size(); a++) {
                if (!known.contains(about.get(a))) {
                    problems.report("outreach.reference.unknown", "coverage", c, "about", a);
                }
            }
        }
    }

    /** Whether following relations from {@code from} leads to {@code goal}. */
    private static boolean reaches(Map<String, Event> events, String from, String goal) {
        Set<String> visited = new HashSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (id.equals(goal)) {
                return true;
            }
            Event event = events.get(id);
            if (event != null && visited.add(id)) {
                for (EventRelation relation : event.relations()) {
                    queue.add(relation.eventId());
                }
            }
        }
        return false;
    }
}
