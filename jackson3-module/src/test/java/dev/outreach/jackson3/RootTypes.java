package dev.outreach.jackson3;

import dev.outreach.core.BilingualText;
import dev.outreach.core.Commentary;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.EpisodeParticipation;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.Organization;
import dev.outreach.core.Partner;
import dev.outreach.core.PartnerGroup;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.ReachReport;
import dev.outreach.core.Speaker;
import java.util.Comparator;
import java.util.Map;

/**
 * The root type of a fixture, from the start of its file name ({@code fixtures/README.md}):
 * {@code dossier-*.json} is a {@link Dossier}, {@code event-relation-*.json} an
 * {@link EventRelation}, and so on. The longest matching prefix wins.
 */
final class RootTypes {

    private static final Map<String, Class<?>> BY_PREFIX = Map.ofEntries(
            Map.entry("bilingual-text", BilingualText.class),
            Map.entry("commentary", Commentary.class),
            Map.entry("coverage", Coverage.class),
            Map.entry("dossier", Dossier.class),
            Map.entry("episode", Episode.class),
            Map.entry("episode-participation", EpisodeParticipation.class),
            Map.entry("event", Event.class),
            Map.entry("event-relation", EventRelation.class),
            Map.entry("organization", Organization.class),
            Map.entry("partner", Partner.class),
            Map.entry("partner-group", PartnerGroup.class),
            Map.entry("person", Person.class),
            Map.entry("place", Place.class),
            Map.entry("program", Program.class),
            Map.entry("quote", Quote.class),
            Map.entry("reach-report", ReachReport.class),
            Map.entry("speaker", Speaker.class));

    private RootTypes() {
    }

    /**
     * @param fileName a fixture's file name, such as {@code episode-road-to-wcce.json}
     * @return the model type the document holds
     * @throws IllegalArgumentException if no known type starts the name
     */
    static Class<?> of(String fileName) {
        return BY_PREFIX.entrySet().stream()
                .filter(e -> fileName.startsWith(e.getKey() + "-") || fileName.equals(e.getKey() + ".json"))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no root type for " + fileName + ": start the name with one of " + BY_PREFIX.keySet()));
    }
}
