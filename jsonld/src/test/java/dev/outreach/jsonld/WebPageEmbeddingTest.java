package dev.outreach.jsonld;

import static dev.outreach.jsonld.Fixtures.WRITER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Program;
import dev.outreach.samples.KemluSpace;
import dev.outreach.samples.KemluSpaceTokyo;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * JSON-LD as a portal embeds it, in a {@code <script type="application/ld+json">} element of a
 * web page, read back by an HTML5 parser (jsoup, which follows the WHATWG parsing rules a
 * browser follows): no text of the content can end the element or add another.
 */
class WebPageEmbeddingTest {

    private static final List<String> HOSTILE = List.of(
            "</script><script>alert(document.domain)</script><!--",
            "<!-- <script> Kemlu & \"mitra\" </SCRIPT >",
            "]]> </ScRiPt > &lt;b&gt; &amp;");

    @Test
    void aHostileTitleStaysTextInsideOneScriptElement() {
        for (String title : HOSTILE) {
            Program program = programTitled(title);
            JsonNode document = WRITER.write(program);
            String page = "<!doctype html><html><head><title>Kemlu Space</title>" + WRITER.scriptElement(program)
                    + "</head><body><p>Kemlu Space</p></body></html>";

            Document html = Jsoup.parse(page);
            Elements scripts = html.select("script");
            assertThat(scripts).as(title).hasSize(1);
            Element script = scripts.first();
            assertThat(script.attr("type")).isEqualTo("application/ld+json");
            assertThat(Fixtures.parse(script.data())).as(title).isEqualTo(document);
            assertThat(html.body().text()).isEqualTo("Kemlu Space");
            assertThat(document.get("name").toString()).contains(title.substring(0, 10));
        }
    }

    @Test
    void everyStringIsWrittenWithoutAngleBracketsAmpersandsOrLineSeparators() {
        Program program = programTitled(HOSTILE.get(0) + " " + HOSTILE.get(1));
        String json = WRITER.writeString(program);
        assertThat(json).doesNotContain("<", ">", "&")
                .contains("\\u003C/script\\u003E", "\\u0026");
        assertThat(Fixtures.parse(json)).isEqualTo(WRITER.write(program));
        // The whole dossier and the other entry points print through the same escapes.
        Dossier dossier = Dossier.builder().addProgram(program).build();
        assertThat(WRITER.writeString(dossier)).doesNotContain("<", ">", "&");
        assertThat(WRITER.scriptElement(dossier))
                .startsWith(JsonLdWriter.SCRIPT_START + "\n{").endsWith("}\n" + JsonLdWriter.SCRIPT_END);
    }

    @Test
    void theSecondSampleReadsBackFromItsScriptElementWithItsJapaneseWords() {
        Dossier dossier = KemluSpaceTokyo.dossier();
        String page = "<!doctype html><html><head>" + WRITER.scriptElement(dossier) + "</head><body></body></html>";

        Elements scripts = Jsoup.parse(page).select("script");
        assertThat(scripts).hasSize(1);
        JsonNode read = Fixtures.parse(scripts.first().data());
        assertThat(read).isEqualTo(WRITER.write(dossier));
        assertThat(read.toString()).contains("\"@language\":\"ja\"", "日本とASEANの友情は");
    }

    @Test
    void propertyNamesAndLineSeparatorsAreEscapedToo() {
        // The model refuses U+2028 and U+2029 in its texts; the printer escapes them all the same.
        JsonObject tree = new JsonObject().put("</script>", "x").put("a&b", "<").put("s", "1\u2028 2\u2029");
        JsonNode document = Fixtures.parse("{\"</script>\": \"x\", \"a&b\": \"<\", \"s\": \"1\u2028 2\u2029\"}");
        String json = ScriptSafeJson.print(tree);
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\"\\u003C/script\\u003E\"", "\"a\\u0026b\"", "\"1\\u2028 2\\u2029\"");
        assertThat(Fixtures.parse(json)).isEqualTo(document);
    }

    private static Program programTitled(String title) {
        Program article = KemluSpace.program();
        Episode episode = Episode.builder().id("road-to-wcce").number(1).title(BilingualText.of(title, "Road to WCCE"))
                .build();
        return Program.builder().id(article.id()).name(BilingualText.of(title, "Kemlu Space"))
                .organizer(article.organizer()).platform(article.platform()).addEpisode(episode).build();
    }
}
