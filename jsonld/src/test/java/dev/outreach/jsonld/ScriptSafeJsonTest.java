package dev.outreach.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The writer's own printer prints what Jackson's pretty printer with the script-safe escapes
 * printed: the golden tree of every layout and escape, and every character of the Basic
 * Multilingual Plane in names and values compared with Jackson directly.
 */
class ScriptSafeJsonTest {

    private static final ObjectWriter JACKSON = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
            .with(new JacksonScriptSafeEscapes());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** U+0000 to U+001F, then U+007F to U+00A0: JSON's control characters and the C1 controls. */
    private static final String CONTROLS = controls();

    @Test
    void theTreeOfEveryLayoutAndEscapeIsTheGoldenText() {
        JsonObject tree = new JsonObject()
                .put("</script>", "x")
                .put("a&b", "<")
                .put("s", "1\u2028 2\u2029")
                .put("controls", CONTROLS)
                .put("quotes", "\"\\/")
                .put("\u2028\"\n", "\ud83d\ude00")
                .put("empty object", new JsonObject())
                .put("empty array", List.of())
                .put("nested", List.of(List.of(1, -2, 0), List.of(true, false),
                        List.of(new JsonObject().put("a", new JsonObject()))))
                .put("int max", Integer.MAX_VALUE)
                .put("int min", Integer.MIN_VALUE);
        assertThat(ScriptSafeJson.print(tree).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(GoldenOutputTest.golden("tree.json"));
    }

    @Test
    void everyCharacterOfTheBasicPlaneIsPrintedAsJacksonPrintedIt() throws JsonProcessingException {
        int compared = 0;
        for (int start = 0; start < 0x10000; start += 256) {
            StringBuilder chunk = new StringBuilder();
            for (int c = start; c < start + 256; c++) {
                if (!Character.isSurrogate((char) c)) {
                    chunk.append((char) c);
                }
            }
            chunk.append("\ud83c\uddee\ud83c\udde9");
            String text = chunk.toString();
            JsonObject ours = new JsonObject().put(text, text).put("list", List.of(text, new JsonObject().put(text, 1)));
            ObjectNode theirs = NODES.objectNode().put(text, text);
            theirs.putArray("list").add(text).add(NODES.objectNode().put(text, 1));
            assertThat(ScriptSafeJson.print(ours)).as("U+%04X", start).isEqualTo(JACKSON.writeValueAsString(theirs));
            compared += text.length();
        }
        assertThat(compared).isEqualTo(0x10000 - 0x800 + 256 * 4);
    }

    @Test
    void onlyTheEscapesTheBriefNamesAreWritten() {
        assertThat(ScriptSafeJson.print(new JsonObject().put("k", "<>&\u2028\u2029\"\\\b\t\n\f\r\u0000\u001f\u007f/é")))
                .isEqualTo("{\n  \"k\" : \"\\u003C\\u003E\\u0026\\u2028\\u2029\\\"\\\\\\b\\t\\n\\f\\r\\u0000\\u001F\u007f/é\"\n}");
    }

    @Test
    void aValueOfNoJsonTypeIsABugThatIsNamed() {
        JsonObject tree = new JsonObject().put("n", 1L);
        assertThatThrownBy(() -> ScriptSafeJson.print(tree))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a JSON value: 1");
    }

    private static String controls() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        for (char c = 0x7f; c <= 0xa0; c++) {
            controls.append(c);
        }
        return controls.toString();
    }
}
