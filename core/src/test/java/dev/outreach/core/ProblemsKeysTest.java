package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The keys a uniqueness rule gives to the rule that then looks them up: every key once, with
 * the same violations, at the same places, as {@link Problems#requireUnique} reports.
 */
class ProblemsKeysTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 8, 9, 20})
    void givesEveryKeyAndReportsWhatRequireUniqueReports(int size) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(i % 3 == 2 ? "k" + (i - 1) : "k" + i);
        }
        Problems unique = new Problems();
        unique.requireUnique(items, Function.identity(), "items", "id", "outreach.duplicate");
        Problems keyed = new Problems();

        assertThat(keyed.uniqueKeys(items, Function.identity(), "items", "id", "outreach.duplicate"))
                .containsExactlyInAnyOrderElementsOf(new HashSet<>(items));
        assertThat(keyed.found()).isEqualTo(unique.found());
        assertThat(keyed.found()).hasSize(size / 3);
        assertThat(keyed.visits()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 9})
    void aQuoteByNoSpeakerIsReportedBesideADuplicateSpeaker(int speakers) {
        Episode.Builder episode = Fixtures.episodeBuilder("e", 1);
        for (int i = 0; i < speakers; i++) {
            episode.addSpeakers(Fixtures.guest("p" + i));
        }
        episode.addSpeakers(Fixtures.guest("p0"));
        episode.addQuotes(Fixtures.quote("p1"), Fixtures.quote("nobody"));

        assertThat(ContentAssertions.assertInvalid(episode::build).violations()).extracting(Violation::pointer)
                .containsExactly("/speakers/" + speakers + "/person", "/quotes/1/speakerId");
    }
}
