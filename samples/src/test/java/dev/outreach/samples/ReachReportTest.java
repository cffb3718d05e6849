package dev.outreach.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.core.BilingualText;
import dev.outreach.core.EpisodeParticipation;
import dev.outreach.core.InvalidContentException;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Partner;
import dev.outreach.core.PartnerGroup;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Program;
import dev.outreach.core.ReachReport;
import dev.outreach.core.Scope;
import dev.outreach.core.Subdivision;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReachReportTest {

    @Test
    void theArticlesProgramReachesNoProvince() {
        ReachReport report = ReachReport.of(KemluSpace.program());
        assertThat(report.programId()).isEqualTo("kemlu-space");
        assertThat(report.partnerGroups()).containsExactly(PartnerGroup.builder()
                .kind(OrganizationKind.MINISTRY).scope(Scope.NATIONAL).addOrganizationId("kemenparekraf").build());
        assertThat(report.provincesReached()).isEmpty();
        assertThat(report.provincesNotReached()).hasSize(38).isEqualTo(Subdivision.provincesOfIndonesia());
        assertThat(report.share()).isZero();
        assertThat(report.episodes()).containsExactly(EpisodeParticipation.builder()
                .episodeId("road-to-wcce").number(1).addPartnerId("kemenparekraf").build());
    }

    @Test
    void regionalMediaPartnersReachTheirProvincesIncludingTheNewPapuaProvinces() {
        Program program = KemluSpace.program()
                .withPartners(KemluSpace.program().partners().get(0),
                        Partner.of(media("suara-papua", Scope.REGIONAL, "ID-PS", "ID-PT", "ID-PE", "ID-PD"),
                                PartnerRole.MEDIA_PARTNER),
                        Partner.of(media("jawa-pos", Scope.REGIONAL, "ID-JI", "ID-JT"), PartnerRole.MEDIA_PARTNER),
                        Partner.of(media("bali-post", Scope.REGIONAL, "ID-BA", "ID-JI"), PartnerRole.MEDIA_PARTNER),
                        Partner.of(media("antara", Scope.NATIONAL), PartnerRole.MEDIA_PARTNER),
                        Partner.of(Organization.builder().id("papua-institute")
                                .name(BilingualText.indonesian("Institut Papua")).kind(OrganizationKind.THINK_TANK)
                                .scope(Scope.REGIONAL).addProvince(Subdivision.of("ID-PA")).build(),
                                PartnerRole.KNOWLEDGE_PARTNER));
        ReachReport report = ReachReport.of(program);

        assertThat(codes(report.provincesReached()))
                .containsExactly("ID-JT", "ID-JI", "ID-BA", "ID-PS", "ID-PT", "ID-PE", "ID-PD");
        assertThat(report.provincesReached()).extracting(p -> p.name().orElseThrow())
                .containsExactly("Jawa Tengah", "Jawa Timur", "Bali", "Papua Selatan", "Papua Tengah",
                        "Papua Pegunungan", "Papua Barat Daya");
        assertThat(report.provincesNotReached()).hasSize(31)
                .doesNotContainAnyElementsOf(report.provincesReached())
                .contains(Subdivision.of("ID-PA"), Subdivision.of("ID-JK"));
        assertThat(report.share()).isEqualTo(7 / 38.0);
        assertThat(report.partnerGroups()).extracting(PartnerGroup::kind, PartnerGroup::scope,
                PartnerGroup::organizationIds).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OrganizationKind.MINISTRY, Scope.NATIONAL,
                        List.of("kemenparekraf")),
                org.assertj.core.groups.Tuple.tuple(OrganizationKind.MEDIA, Scope.REGIONAL,
                        List.of("suara-papua", "jawa-pos", "bali-post")),
                org.assertj.core.groups.Tuple.tuple(OrganizationKind.MEDIA, Scope.NATIONAL, List.of("antara")),
                org.assertj.core.groups.Tuple.tuple(OrganizationKind.THINK_TANK, Scope.REGIONAL,
                        List.of("papua-institute")));
    }

    @Test
    void aReportMustAccountForEveryProvinceOnce() {
        ReachReport report = ReachReport.of(KemluSpace.program());
        assertThatThrownBy(() -> report.withProvincesNotReached(report.provincesNotReached().subList(1, 38)))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.violations())
                        .singleElement().hasToString("/provincesNotReached: must, with the provinces reached, "
                                + "list each of the 38 provinces exactly once"));
        assertThatThrownBy(() -> report.withProvincesReached(Subdivision.of("ID-BA")))
                .isInstanceOf(InvalidContentException.class);
    }

    private static Organization media(String id, Scope scope, String... provinces) {
        Organization.Builder builder = Organization.builder().id(id)
                .name(BilingualText.indonesian(id.replace('-', ' '))).kind(OrganizationKind.MEDIA).scope(scope);
        for (String province : provinces) {
            builder.addProvince(Subdivision.of(province));
        }
        return builder.build();
    }

    private static List<String> codes(List<Subdivision> provinces) {
        return provinces.stream().map(Subdivision::code).collect(Collectors.toList());
    }
}
