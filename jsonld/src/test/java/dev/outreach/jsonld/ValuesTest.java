package dev.outreach.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.outreach.core.Moment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nodes, references, dates and properties with none, one or several values. */
class ValuesTest {

    @Test
    void aNodeHasItsTypeFirstAndItsIdentifierOnlyWhenGiven() {
        assertThat(Values.node("Event", "https://x.example/events/e").members())
                .containsExactly(entry("@type", "Event"), entry("@id", "https://x.example/events/e"));
        assertThat(Values.node("Place", null).members()).containsExactly(entry("@type", "Place"));
        assertThat(Values.reference("https://x.example/people/p").members())
                .containsExactly(entry("@id", "https://x.example/people/p"));
    }

    @Test
    void aPropertyIsAbsentOneValueOrAnArray() {
        JsonObject node = new JsonObject();
        Values.put(node, "none", List.of());
        Values.put(node, "one", List.of("a"));
        Values.put(node, "two", List.of("a", "b"));
        assertThat(node.members()).containsExactly(entry("one", "a"), entry("two", List.of("a", "b")));
    }

    @Test
    void aDateIsAsPreciseAsTheSource() {
        assertThat(Values.date(Moment.ofDate(2022, 10, 4))).isEqualTo("2022-10-04");
    }
}
