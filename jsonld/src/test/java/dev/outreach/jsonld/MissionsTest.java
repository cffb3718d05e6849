package dev.outreach.jsonld;

import static dev.outreach.jsonld.Fixtures.BASE;
import static dev.outreach.jsonld.Fixtures.WRITER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A diplomatic mission under its ministry, and each organization with its schema.org type. */
class MissionsTest {

    @Test
    void aMissionIsAGovernmentOrganizationInItsHostCountryUnderItsMinistry() {
        JsonNode series = WRITER.program(GoldenCases.missionProgram());
        JsonNode mission = series.get("contributor").get("contributor");

        assertThat(mission.get("@type").asText()).isEqualTo("GovernmentOrganization");
        assertThat(mission.get("@id").asText()).isEqualTo(BASE + "organizations/kbri-tokyo");
        assertThat(mission.get("location").toString()).isEqualTo("{\"@type\":\"Country\",\"name\":\"JP\","
                + "\"identifier\":\"JP\"}");
        JsonNode parent = mission.get("parentOrganization");
        assertThat(parent.get("@type").asText()).isEqualTo("GovernmentOrganization");
        assertThat(parent.get("@id").asText()).isEqualTo(BASE + "organizations/kemlu");
        assertThat(parent.has("parentOrganization")).isFalse();
        assertThat(series.get("publisher").get("@id")).isEqualTo(parent.get("@id"));
        assertThat(series.get("publisher").has("location")).isFalse();
    }

    @Test
    void theOutletOfAnArticleIsANewsMediaOrganization() {
        JsonNode article = WRITER.coverage(dev.outreach.samples.KemluSpace.coverage(),
                dev.outreach.samples.KemluSpace.dossier());

        assertThat(article.get("publisher").get("@type").asText()).isEqualTo("NewsMediaOrganization");
    }
}
