package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How far a program's partners carry it across Indonesia's 38 provinces: the gap the article's
 * critic points at, that without regional online media a program is known only to "orang
 * Jakarta".
 *
 * <p>A province counts as reached when a regional media partner of the program lists it.
 * National partners are shown by kind and scope but reach no province in particular: the
 * report measures regional presence, not nominal national coverage.
 *
 * <pre>{@code
 * ReachReport report = ReachReport.of(program);
 * report.provincesReached();       // [ID-JI Jawa Timur, ...]
 * report.provincesNotReached();    // the rest of the 38
 * report.share();                  // 0.0 for the article's program
 * }</pre>
 */
@Value.Immutable
abstract class AbstractReachReport implements Consistent {

    /** @return the program's identifier */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String programId();

    /** @return the partners grouped by kind and scope, groups in order of first appearance */
    public abstract List<@NotNull(message = "{outreach.required}") PartnerGroup> partnerGroups();

    /** @return the provinces that regional media partners reach, in ISO 3166-2:ID order */
    public abstract List<@NotNull(message = "{outreach.required}") Subdivision> provincesReached();

    /** @return the provinces of the 38 that no regional media partner reaches, in ISO 3166-2:ID order */
    public abstract List<@NotNull(message = "{outreach.required}") Subdivision> provincesNotReached();

    /** @return per episode, in the program's order, the partners that took part */
    public abstract List<@NotNull(message = "{outreach.required}") EpisodeParticipation> episodes();

    /** @return the share of the 38 provinces reached, from 0.0 to 1.0 */
    public double share() {
        return provincesReached().size() / (double) Subdivision.provincesOfIndonesia().size();
    }

    /**
     * Builds the report of a program.
     *
     * @param program the program
     * @return its reach
     */
    public static ReachReport of(Program program) {
        Map<List<Object>, PartnerGroup.Builder> groups = new LinkedHashMap<>();
        Set<Subdivision> reached = new LinkedHashSet<>();
        for (Partner partner : program.partners()) {
            Organization organization = partner.organization();
            groups.computeIfAbsent(List.of(organization.kind(), organization.scope()),
                    key -> PartnerGroup.builder().kind(organization.kind()).scope(organization.scope()))
                    .addOrganizationId(organization.id());
            if (organization.kind() == OrganizationKind.MEDIA && organization.scope() == Scope.REGIONAL) {
                reached.addAll(organization.provinces());
            }
        }
        ReachReport.Builder report = ReachReport.builder().programId(program.id());
        groups.values().forEach(group -> report.addPartnerGroup(group.build()));
        List<Subdivision> notReached = new ArrayList<>();
        for (Subdivision province : Subdivision.provincesOfIndonesia()) {
            if (reached.contains(province)) {
                report.addProvincesReached(province);
            } else {
                notReached.add(province);
            }
        }
        report.addAllProvincesNotReached(notReached);
        for (Episode episode : program.episodes()) {
            report.addEpisode(EpisodeParticipation.builder()
                    .episodeId(episode.id())
                    .number(episode.number())
                    .partnerIds(episode.partnerIds())
                    .build());
        }
        return report.build();
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        // Each of the 38 provinces in one of the two lists, and only once: a set of what is listed.
        Set<Subdivision> all = new HashSet<>();
        boolean complete = true;
        for (List<Subdivision> provinces : List.of(provincesReached(), provincesNotReached())) {
            for (Subdivision province : provinces) {
                problems.visit();
                complete &= all.add(province);
            }
        }
        for (Subdivision province : Subdivision.provincesOfIndonesia()) {
            problems.visit();
            complete &= all.contains(province);
        }
        if (!complete || all.size() != Subdivision.provincesOfIndonesia().size()) {
            problems.report("outreach.reach.provincesIncomplete", "provincesNotReached");
        }
    }
}
