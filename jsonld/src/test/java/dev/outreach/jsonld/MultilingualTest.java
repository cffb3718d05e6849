package dev.outreach.jsonld;

import static dev.outreach.jsonld.Fixtures.JSONLD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outreach.samples.KemluSpace;
import org.junit.jupiter.api.Test;

/**
 * Every language of a text is published, with its direction when right to left; a Quotation's
 * text is the original in its own language, its translations beside it, never the quotation.
 */
class MultilingualTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode episode() throws Exception {
        return MAPPER.readTree(JSONLD.episode(MultilingualContent.episode()));
    }

    @Test
    void publishesEveryLanguageOfATextInTheTextsOrder() throws Exception {
        JsonNode name = episode().get("name");

        assertThat(name).hasSize(3);
        assertThat(name.get(0).get("@language").asText()).isEqualTo("id");
        assertThat(name.get(1).get("@language").asText()).isEqualTo("en");
        assertThat(name.get(2).get("@language").asText()).isEqualTo("ja");
        assertThat(name.get(2).get("@value").asText()).isEqualTo("ケムル・スペース東京");
        assertThat(name.get(2).has("@direction")).isFalse();
    }

    @Test
    void aQuotationsTextIsItsOriginalAndItsTranslationsGoBeside() throws Exception {
        JsonNode japanese = episode().get("hasPart").get(0);

        assertThat(japanese.get("@type").asText()).isEqualTo("Quotation");
        assertThat(japanese.get("text").isObject()).as("one value, not the translations").isTrue();
        assertThat(japanese.get("text").get("@value").asText()).isEqualTo("創造経済は世界の回復に欠かせません。");
        assertThat(japanese.get("text").get("@language").asText()).isEqualTo("ja");
        assertThat(japanese.get("inLanguage").asText()).isEqualTo("ja");
        JsonNode translations = japanese.get("workTranslation");
        assertThat(translations).hasSize(2);
        assertThat(translations.get(0).get("@type").asText()).isEqualTo("CreativeWork");
        assertThat(translations.get(0).get("inLanguage").asText()).isEqualTo("id");
        assertThat(translations.get(1).get("text").get("@value").asText())
                .isEqualTo("The creative economy is essential to the global recovery.");
    }

    @Test
    void rightToLeftTextCarriesItsDirection() throws Exception {
        JsonNode arabic = episode().get("hasPart").get(1);

        assertThat(arabic.get("text").get("@language").asText()).isEqualTo("ar");
        assertThat(arabic.get("text").get("@direction").asText()).isEqualTo("rtl");
        assertThat(arabic.get("workTranslation").get("text").has("@direction")).isFalse();
    }

    @Test
    void anExplicitDirectionIsPublishedAndAParaphraseIsNoQuotation() throws Exception {
        JsonNode paraphrase = episode().get("hasPart").get(2);

        assertThat(paraphrase.get("@type").asText()).isEqualTo("CreativeWork");
        assertThat(paraphrase.has("workTranslation")).isFalse();
        assertThat(paraphrase.get("text")).hasSize(2);
        assertThat(paraphrase.get("text").get(1).get("@direction").asText()).isEqualTo("ltr");
    }

    @Test
    void theArticlesQuotationsAreAsBefore() throws Exception {
        JsonNode quote = MAPPER.readTree(JSONLD.episode(KemluSpace.roadToWcce())).get("hasPart").get(0);

        assertThat(quote.get("text").get("@language").asText()).isEqualTo("id");
        assertThat(quote.has("workTranslation")).isFalse();
    }
}
