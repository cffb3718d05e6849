package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static dev.outreach.core.Fixtures.eventBuilder;
import static dev.outreach.core.Fixtures.organizationBuilder;
import static dev.outreach.core.Fixtures.personBuilder;
import static dev.outreach.core.Fixtures.programBuilder;
import static dev.outreach.core.Fixtures.quoteBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for identifiers ({@link Slug}) and links ({@link HttpsUrl}). */
class IdentifierAndLinkRulesTest {

    private static final String SLUG_MESSAGE =
            "must be a lowercase slug of letters, digits and single hyphens, at most 64 characters";
    private static final String URL_MESSAGE = "must be an absolute https URL";

    @ParameterizedTest
    @ValueSource(strings = {"Road-To-WCCE", "ROAD", "road to wcce", "road--to-wcce", "-road-to-wcce",
        "road-to-wcce-", "-", "", "road_to_wcce", "road.to.wcce", "jalan-ke-wcce-é", "road\u2010to", "a`", "z{", "0/",
        "9:", "a@"})
    void rejectsIdentifiersThatAreNotLowercaseSlugs(String id) {
        Violation violation = assertViolation(() -> episodeBuilder(id, 1).build(), "/id", SLUG_MESSAGE);

        assertThat(violation.messageKey()).isEqualTo("outreach.id.invalid");
    }

    @Test
    void rejectsAnIdentifierOf65Characters() {
        String id = "a".repeat(65);

        assertViolation(() -> episodeBuilder(id, 1).build(), "/id", SLUG_MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "z", "0", "9", "az09", "z-9", "road-to-wcce", "episode-1", "wcce-2022", "g20-2022",
        "2022"})
    void acceptsLowercaseSlugs(String id) {
        assertThat(episodeBuilder(id, 1).build().id()).isEqualTo(id);
    }

    @Test
    void acceptsAnIdentifierOf64Characters() {
        String letters = "a".repeat(64);
        String words = "ab-".repeat(21) + "a";
        assertThat(words).hasSize(64);

        assertThat(episodeBuilder(letters, 1).build().id()).isEqualTo(letters);
        assertThat(episodeBuilder(words, 1).build().id()).isEqualTo(words);
    }

    static Stream<Arguments> everyIdentifierField() {
        String bad = "Kemlu Space";
        return Stream.of(
                identifier("Program.id", () -> programBuilder(bad).build(), "/id"),
                identifier("Episode.partnerIds", () -> episodeBuilder("e", 1).addPartnerId(bad).build(), "/partnerIds/0"),
                identifier("Episode.eventIds", () -> episodeBuilder("e", 1).addEventId("wcce-2022").addEventId(bad).build(),
                        "/eventIds/1"),
                identifier("Organization.id", () -> organizationBuilder(bad).build(), "/id"),
                identifier("Person.id", () -> personBuilder(bad).build(), "/id"),
                identifier("Quote.speakerId", () -> quoteBuilder(bad).build(), "/speakerId"),
                identifier("Event.id", () -> eventBuilder(bad).build(), "/id"),
                identifier("EventRelation.eventId", () -> EventRelation.of(EventRelationKind.SIDE_EVENT_OF, bad), "/eventId"),
                identifier("Coverage.about", () -> Fixtures.coverageBuilder().addAbout(bad).build(), "/about/0"));
    }

    private static Arguments identifier(String field, ThrowingCallable building, String pointer) {
        return Arguments.of(field, building, pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyIdentifierField")
    void everyIdentifierFieldRejectsANonSlug(String field, ThrowingCallable building, String pointer) {
        assertViolation(building, pointer, SLUG_MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://kemlu.go.id/kemlu-space", "/kemlu-space", "kemlu.go.id/kemlu-space",
        "mailto:info@kemlu.go.id", "ftp://kemlu.go.id/", "https:///kemlu-space", "https:kemlu.go.id",
        "HTTP://kemlu.go.id/", "//kemlu.go.id/kemlu-space"})
    void rejectsLinksThatAreNotAbsoluteHttpsUrls(String link) {
        Violation violation = assertViolation(() -> episodeBuilder("road-to-wcce", 1).url(URI.create(link)).build(),
                "/url", URL_MESSAGE);

        assertThat(violation.messageKey()).isEqualTo("outreach.url.invalid");
    }

    @Test
    void rejectsALinkLongerThan2000Characters() {
        String prefix = "https://kemlu.go.id/";
        URI longest = URI.create(prefix + "a".repeat(2000 - prefix.length()));
        URI tooLong = URI.create(prefix + "a".repeat(2001 - prefix.length()));

        assertThat(episodeBuilder("road-to-wcce", 1).url(longest).build().url()).contains(longest);
        assertViolation(() -> episodeBuilder("road-to-wcce", 1).url(tooLong).build(), "/url", URL_MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://kemlu.go.id/kemlu-space", "https://x.com/i/spaces/1OdKrBbLkgDKX",
        "https://kemlu.go.id:443/?tab=space#episode-1", "HTTPS://kemlu.go.id/"})
    void acceptsAbsoluteHttpsUrls(String link) {
        assertThat(episodeBuilder("road-to-wcce", 1).url(URI.create(link)).build().url())
                .contains(URI.create(link));
    }

    static Stream<Arguments> everyLinkField() {
        URI http = URI.create("http://kemlu.go.id/");
        return Stream.of(
                Arguments.of("Program.url", (ThrowingCallable) () -> programBuilder("kemlu-space").url(http).build(), "/url"),
                Arguments.of("Event.url", (ThrowingCallable) () -> eventBuilder("wcce-2022").url(http).build(), "/url"),
                Arguments.of("Organization.website",
                        (ThrowingCallable) () -> organizationBuilder("kemlu").website(http).build(), "/website"),
                Arguments.of("Quote.source", (ThrowingCallable) () -> quoteBuilder("aldi").source(http).build(), "/source"),
                Arguments.of("Coverage.url", (ThrowingCallable) () -> Fixtures.coverageBuilder().url(http).build(), "/url"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLinkField")
    void everyLinkFieldRejectsAnHttpUrl(String field, ThrowingCallable building, String pointer) {
        assertViolation(building, pointer, URL_MESSAGE);
    }
}
