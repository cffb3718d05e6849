package dev.outreach.core;

import jakarta.validation.constraints.NotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A complete set of outreach content, as one document: programs, the events they promote, and
 * the coverage they received. Checks what no single part can: identifiers of programs,
 * episodes and events are unique across the set (coverage may name any of them), every reference (an episode's events, an event's larger events, an article's
 * subjects) names something in it, no event is, through other events, part of itself, and an
 * organization's or person's identifier means one organization or person wherever it appears.
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
            problems.visit();
            Program program = programs().get(p);
            if (!ids.add(program.id())) {
                problems.report("outreach.duplicate", "programs", p, "id");
            }
            for (int e = 0; e < program.episodes().size(); e++) {
                problems.visit();
                if (!ids.add(program.episodes().get(e).id())) {
                    problems.report("outreach.duplicate", "programs", p, "episodes", e, "id");
                }
            }
        }
        for (int e = 0; e < events().size(); e++) {
            problems.visit();
            if (!ids.add(events().get(e).id())) {
                problems.report("outreach.duplicate", "events", e, "id");
            }
        }
        Set<String> eventIds = new HashSet<>(events().size() * 2);
        for (Event event : events()) {
            problems.visit();
            eventIds.add(event.id());
        }
        for (int p = 0; p < programs().size(); p++) {
            List<Episode> episodes = programs().get(p).episodes();
            for (int e = 0; e < episodes.size(); e++) {
                problems.visit();
                List<String> referenced = episodes.get(e).eventIds();
                for (int i = 0; i < referenced.size(); i++) {
                    problems.visit();
                    if (!eventIds.contains(referenced.get(i))) {
                        problems.report("outreach.reference.unknownEvent", "programs", p, "episodes", e, "eventIds", i);
                    }
                }
            }
        }
        EventGraph.checkRelations(events(), problems);
        Definitions definitions = new Definitions(problems);
        for (int p = 0; p < programs().size(); p++) {
            definitions.program(programs().get(p), "programs", p);
        }
        for (int e = 0; e < events().size(); e++) {
            definitions.event(events().get(e), "events", e);
        }
        for (int c = 0; c < coverage().size(); c++) {
            definitions.coverage(coverage().get(c), "coverage", c);
        }
        for (int c = 0; c < coverage().size(); c++) {
            problems.visit();
            List<String> about = coverage().get(c).about();
            for (int a = 0; a < about.size(); a++) {
                problems.visit();
                if (!ids.contains(about.get(a))) {
                    problems.report("outreach.reference.unknown", "coverage", c, "about", a);
                }
            }
        }
    }
}
