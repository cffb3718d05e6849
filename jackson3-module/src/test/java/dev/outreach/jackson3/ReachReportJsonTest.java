package dev.outreach.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import dev.outreach.core.ReachReport;
import dev.outreach.samples.KemluSpace;
import org.junit.jupiter.api.Test;

class ReachReportJsonTest {

    @Test
    void aReportIsWrittenWithProvinceNamesAndReadBack() {
        ReachReport report = ReachReport.of(KemluSpace.program());
        String json = Documents.MAPPER.writeValueAsString(report);
        JsonNode tree = Documents.MAPPER.readTree(json);
        assertThat(tree.path("programId").asString()).isEqualTo("kemlu-space");
        assertThat(tree.has("provincesReached")).isFalse();
        assertThat(tree.path("provincesNotReached")).hasSize(38);
        assertThat(tree.path("provincesNotReached").get(0).toString()).isEqualTo("{\"code\":\"ID-AC\",\"name\":\"Aceh\"}");
        assertThat(tree.path("partnerGroups").get(0).toString())
                .isEqualTo("{\"kind\":\"ministry\",\"scope\":\"national\",\"organizationIds\":[\"kemenparekraf\"]}");
        assertThat(Documents.MAPPER.readValue(json, ReachReport.class)).isEqualTo(report);
    }

    @Test
    void aProvinceWithTheWrongNameOrCodeIsRejected() {
        String json = Documents.MAPPER.writeValueAsString(ReachReport.of(KemluSpace.program()))
                .replace("{\"code\":\"ID-BA\",\"name\":\"Bali\"}", "{\"code\":\"ID-BA\",\"name\":\"Jawa\"}")
                .replace("{\"code\":\"ID-PA\",\"name\":\"Papua\"}", "{\"code\":\"ID-PP\"}");
        assertThat(Documents.violations(Documents.MAPPER, json, ReachReport.class)).containsExactly(
                "/provincesNotReached/16/name: must be the Indonesian name of the province with that code",
                "/provincesNotReached/32/code: names a geographical unit of ISO 3166-2:ID, not a province");
    }
}
