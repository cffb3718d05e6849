package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static dev.outreach.core.Fixtures.organizationBuilder;
import static dev.outreach.core.Fixtures.programBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reach of a program across the 38 provinces, built from its partners, and its own rules. */
class ReachReportRulesTest {

    private static final String INCOMPLETE = "must, with the provinces reached, list each of the 38 provinces exactly once";

    private static Organization regionalMedia(String id, String... provinces) {
        Organization.Builder organization = organizationBuilder(id).kind(OrganizationKind.MEDIA).scope(Scope.REGIONAL);
        for (String province : provinces) {
            organization.addProvince(Subdivision.of(province));
        }
        return organization.build();
    }

    private static Program program() {
        return programBuilder("kemlu-space")
                .addPartner(Partner.of(organizationBuilder("kemenparekraf").build(), PartnerRole.CO_HOST))
                .addPartner(Partner.of(regionalMedia("suara-bali", "ID-BA", "ID-NB"), PartnerRole.MEDIA_PARTNER))
                .addPartner(Partner.of(organizationBuilder("antara").kind(OrganizationKind.MEDIA).build(),
                        PartnerRole.MEDIA_PARTNER))
                .addPartner(Partner.of(regionalMedia("papua-pos", "ID-PD", "ID-BA"), PartnerRole.MEDIA_PARTNER))
                .addPartner(Partner.of(organizationBuilder("unud").kind(OrganizationKind.ACADEMIC).scope(Scope.REGIONAL)
                        .addProvince(Subdivision.of("ID-JT")).build(), PartnerRole.KNOWLEDGE_PARTNER))
                .addEpisode(episodeBuilder("satu", 1).addPartnerId("kemenparekraf").build())
                .addEpisode(episodeBuilder("dua", 2).addPartnerIds("suara-bali", "papua-pos").build())
                .build();
    }

    @Test
    void provincesAreReachedOnlyByRegionalMediaInTheOrderOfTheStandard() {
        ReachReport report = ReachReport.of(program());
        assertThat(report.programId()).isEqualTo("kemlu-space");
        // Bali and Nusa Tenggara Barat by one outlet, Papua Barat Daya by another; Jawa Tengah is
        // reached by a regional university, which is not media.
        assertThat(report.provincesReached()).extracting(Subdivision::code).containsExactly("ID-BA", "ID-NB", "ID-PD");
        assertThat(report.provincesNotReached()).hasSize(35).doesNotContain(Subdivision.of("ID-BA"))
                .contains(Subdivision.of("ID-JT"));
        assertThat(report.share()).isCloseTo(3 / 38.0, within(1e-12));
    }

    @Test
    void partnersAreGroupedByKindAndScopeInOrderOfFirstAppearance() {
        ReachReport report = ReachReport.of(program());
        assertThat(report.partnerGroups()).extracting(PartnerGroup::kind, PartnerGroup::scope).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OrganizationKind.MINISTRY, Scope.NATIONAL),
                org.assertj.core.groups.Tuple.tuple(OrganizationKind.MEDIA, Scope.REGIONAL),
                org.assertj.core.groups.Tuple.tuple(OrganizationKind.MEDIA, Scope.NATIONAL),
                org.assertj.core.groups.Tuple.tuple(OrganizationKind.ACADEMIC, Scope.REGIONAL));
        assertThat(report.partnerGroups().get(1).organizationIds()).containsExactly("suara-bali", "papua-pos");
        assertThat(report.partnerGroups().get(0).organizationIds()).containsExactly("kemenparekraf");
    }

    @Test
    void eachEpisodeListsThePartnersThatTookPart() {
        ReachReport report = ReachReport.of(program());
        assertThat(report.episodes()).extracting(EpisodeParticipation::episodeId, EpisodeParticipation::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("satu", 1),
                        org.assertj.core.groups.Tuple.tuple("dua", 2));
        assertThat(report.episodes().get(1).partnerIds()).containsExactly("suara-bali", "papua-pos");
    }

    @Test
    void aProgramWithoutRegionalMediaReachesNoProvince() {
        ReachReport report = ReachReport.of(programBuilder("p").build());
        assertThat(report.provincesReached()).isEmpty();
        assertThat(report.provincesNotReached()).isEqualTo(Subdivision.provincesOfIndonesia());
        assertThat(report.share()).isZero();
        assertThat(report.partnerGroups()).isEmpty();
        assertThat(report.episodes()).isEmpty();
    }

    @Test
    void aReportMustListEachProvinceExactlyOnce() {
        List<Subdivision> all = Subdivision.provincesOfIndonesia();
        List<Subdivision> missingOne = all.subList(1, all.size());
        assertViolation(() -> ReachReport.builder().programId("p").provincesNotReached(missingOne).build(),
                "/provincesNotReached", INCOMPLETE);
        List<Subdivision> twice = new ArrayList<>(all);
        assertViolation(() -> ReachReport.builder().programId("p").provincesNotReached(twice)
                .addProvincesReached(all.get(0)).build(), "/provincesNotReached", INCOMPLETE);
        List<Subdivision> withAnother = new ArrayList<>(missingOne);
        withAnother.add(Subdivision.of("US-CA"));
        assertViolation(() -> ReachReport.builder().programId("p").provincesNotReached(withAnother).build(),
                "/provincesNotReached", INCOMPLETE);
        List<Subdivision> allAndAnother = new ArrayList<>(all);
        allAndAnother.add(Subdivision.of("US-CA"));
        assertViolation(() -> ReachReport.builder().programId("p").provincesNotReached(allAndAnother).build(),
                "/provincesNotReached", INCOMPLETE);
        assertThat(ReachReport.builder().programId("p").addProvincesReached(all.get(0))
                .provincesNotReached(missingOne).build().share()).isCloseTo(1 / 38.0, within(1e-12));
    }

    @Test
    void theGroupsAndParticipationsOfAReportAreValidatedToo() {
        assertViolation(() -> PartnerGroup.builder().kind(OrganizationKind.MEDIA).scope(Scope.NATIONAL)
                .addOrganizationId("Not A Slug").build(), "/organizationIds/0",
                "must be a lowercase slug of letters, digits and single hyphens, at most 64 characters");
        assertViolation(() -> EpisodeParticipation.builder().episodeId("e").number(0).build(), "/number",
                "must be 1 or more");
    }
}
