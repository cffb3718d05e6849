package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Links that {@link java.net.URI} parses but that are not usable addresses: a port beyond
 * 65535, and unpaired surrogate characters (which URI takes as "other" characters, and which
 * no encoding can carry). Found by reading hostile documents with the Jackson module.
 */
class LinkEdgeCasesTest {

    private static final String URL_MESSAGE = "must be an absolute https URL";

    @ParameterizedTest
    @ValueSource(strings = {"https://kemlu.go.id:65536/", "https://kemlu.go.id:99999/", "https://[::1]:100000/"})
    void rejectsAPortBeyond65535(String link) {
        assertViolation(() -> episodeBuilder("e", 1).url(URI.create(link)).build(), "/url", URL_MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://kemlu.go.id:65535/", "https://kemlu.go.id:0/", "https://kemlu.go.id:443/"})
    void acceptsAPortUpTo65535(String link) {
        assertThat(episodeBuilder("e", 1).url(URI.create(link)).build().url()).contains(URI.create(link));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://kemlu.go.id/\ud800", "https://kemlu.go.id/\udc00", "https://kemlu.go.id/\udc00\ud800x",
        "https://kemlu.go.id/?q=\udbff", "https://kemlu.go.id/#a\ud83d", "https://kemlu.go.id/\ud800x",
        "https://kemlu.go.id/a\udc00"})
    void rejectsUnpairedSurrogates(String link) {
        URI uri = URI.create(link);
        assertThat(uri.getHost()).as("URI itself takes it").isEqualTo("kemlu.go.id");
        assertViolation(() -> episodeBuilder("e", 1).url(uri).build(), "/url", URL_MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://kemlu.go.id/\ud83c\uddee\ud83c\udde9", "https://kemlu.go.id/caf\u00e9",
        "https://kemlu.go.id/#\ud83d\ude00"})
    void acceptsWholeCharactersBeyondAscii(String link) {
        assertThat(episodeBuilder("e", 1).url(URI.create(link)).build().url()).contains(URI.create(link));
    }

    @Test
    void theLinkRuleLeavesAMissingLinkToTheRequiredRule() {
        assertThat(new HttpsUrl.Validator().isValid(null, null)).isTrue();
        assertThat(new HttpsUrl.Validator().isValid(URI.create("https://kemlu.go.id/"), null)).isTrue();
        assertThat(new HttpsUrl.Validator().isValid(URI.create("http://kemlu.go.id/"), null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https:opaque", "https:/path", "https:///path", "https://under_score.id/", "//kemlu.go.id/",
        "/relative"})
    void rejectsALinkWithoutSchemeOrHost(String link) {
        assertThat(HttpsUrl.Validator.isHttpsUrl(URI.create(link))).isFalse();
    }
}
