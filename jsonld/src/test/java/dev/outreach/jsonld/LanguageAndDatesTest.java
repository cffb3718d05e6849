package dev.outreach.jsonld;

import static dev.outreach.jsonld.Fixtures.WRITER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Moment;
import dev.outreach.samples.KemluSpace;
import java.time.OffsetDateTime;
import java.util.List;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Bilingual texts as JSON-LD language values, and dates exactly as precise as the source. */
class LanguageAndDatesTest {

    @Test
    void aTextInBothLanguagesIsTwoLanguageValuesIndonesianFirst() {
        JsonNode name = WRITER.program(KemluSpace.program()).get("publisher").get("name");
        assertThat(name).isEqualTo(Fixtures.parse("[{\"@value\": \"Kementerian Luar Negeri\", \"@language\": \"id\"},"
                + " {\"@value\": \"Ministry of Foreign Affairs\", \"@language\": \"en\"}]"));
    }

    @Test
    void aTextInOneLanguageIsOneValueObject() {
        JsonNode theme = WRITER.event(KemluSpace.wcce()).get("about").get("name");
        assertThat(theme).isEqualTo(Fixtures.parse(
                "{\"@value\": \"Inclusively Creative: A Global Recovery\", \"@language\": \"en\"}"));
        JsonNode jobTitle = WRITER.episode(KemluSpace.roadToWcce()).get("actor").get(1).get("actor").get("jobTitle");
        assertThat(jobTitle).isEqualTo(Fixtures.parse(
                "{\"@value\": \"Deputi Ekonomi Digital dan Produk Kreatif\", \"@language\": \"id\"}"));
    }

    @Test
    void theLanguageValuesFollowTheText() {
        assertThat(((JsonObject) Values.text(BilingualText.english("Only English"))).members())
                .containsExactly(entry("@value", "Only English"), entry("@language", "en"));
        List<?> both = (List<?>) Values.text(BilingualText.of("Satu", "One"));
        assertThat(both).hasSize(2);
        assertThat(((JsonObject) both.get(1)).get("@value")).isEqualTo("One");
    }

    @Test
    void aQuoteSaysTheLanguageItWasSaidIn() {
        JsonNode quote = WRITER.episode(KemluSpace.roadToWcce()).get("hasPart").get(0);
        assertThat(quote.get("@type").asText()).isEqualTo("Quotation");
        assertThat(quote.get("inLanguage").asText()).isEqualTo("id");
        assertThat(quote.get("text").get("@language").asText()).isEqualTo("id");
        assertThat(quote.get("creator").get("@id").asText())
                .isEqualTo(Fixtures.BASE + "people/antonius-yudi-triantoro");
    }

    @Test
    void aDayStaysADay() {
        JsonNode episode = WRITER.episode(KemluSpace.roadToWcce(), KemluSpace.program());
        assertThat(episode.get("datePublished").asText()).isEqualTo("2022-10-04");
        assertThat(episode.get("publication").get("startDate").asText()).isEqualTo("2022-10-04");
        JsonNode event = WRITER.event(KemluSpace.wcce());
        assertThat(event.get("startDate").asText()).isEqualTo("2022-10-05");
        assertThat(event.get("endDate").asText()).isEqualTo("2022-10-07");
    }

    @Test
    void aDateTimeKeepsItsOffset() {
        Moment witaEvening = Moment.of(OffsetDateTime.of(2022, 10, 5, 19, 30, 0, 0, ZoneOffset.ofHours(8)));
        JsonNode event = WRITER.event(KemluSpace.wcce().withStart(witaEvening).withEnd(witaEvening));
        assertThat(event.get("startDate").asText()).isEqualTo("2022-10-05T19:30+08:00");
        JsonNode episode = WRITER.episode(RichContent.episode());
        assertThat(episode.get("datePublished").asText()).isEqualTo("2022-11-01T19:00+07:00");
        assertThat(episode.get("hasPart").get("dateCreated").asText()).isEqualTo("2022-11-01T19:30+07:00");
    }
}
