package dev.outreach.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The identifiers under a base IRI, and which base IRIs are taken. */
class IrisTest {

    private static final String REFUSED = "the base IRI must be an absolute http or https IRI with a host and no"
            + " query or fragment, such as https://example.go.id/outreach/";

    @Test
    void eachKindOfThingHasItsOwnPathUnderTheBase() {
        Iris iris = Iris.under("https://example.go.id/outreach/");
        assertThat(iris.program("kemlu-space")).isEqualTo("https://example.go.id/outreach/programs/kemlu-space");
        assertThat(iris.episode("road-to-wcce")).isEqualTo("https://example.go.id/outreach/episodes/road-to-wcce");
        assertThat(iris.event("wcce-2022")).isEqualTo("https://example.go.id/outreach/events/wcce-2022");
        assertThat(iris.person("a-b")).isEqualTo("https://example.go.id/outreach/people/a-b");
        assertThat(iris.organization("kemlu")).isEqualTo("https://example.go.id/outreach/organizations/kemlu");
    }

    @Test
    void httpAndHttpsBasesWithAHostAreTakenAndEndWithASlash() {
        assertThat(Iris.under("http://localhost:8080").base()).isEqualTo("http://localhost:8080/");
        assertThat(Iris.under("https://kemlu.example/ld/").base()).isEqualTo("https://kemlu.example/ld/");
    }

    @Test
    void eachPartOfTheRuleRefusesOnItsOwn() {
        assertThat(Iris.under("https://example.go.id/a").base()).isEqualTo("https://example.go.id/a/");
        for (String bad : new String[] {"ftp://example.go.id/a", "https:///a", "https://example.go.id/a?q",
                "https://example.go.id/a#f", "example.go.id/a", "https:opaque"}) {
            assertThatThrownBy(() -> Iris.under(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(REFUSED);
        }
        assertThatThrownBy(() -> Iris.under("https://exa mple/")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the base IRI is not a valid IRI: Illegal character in authority");
    }
}
