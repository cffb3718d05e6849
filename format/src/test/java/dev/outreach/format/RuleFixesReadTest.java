package dev.outreach.format;

import static dev.outreach.format.OutreachFormatTest.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * What the reader reports for the model's rules: a property's own length limit, a missing whole
 * number, language tags the registry does not list, bidirectional controls in links, days and
 * date-times compared however the day is read.
 */
class RuleFixesReadTest {

    private static final String TITLE_TOO_LONG = "must be at most 200 characters long";

    @Test
    void aTenThousandCharacterTitleIsReportedAgainstTheTitlesOwnLimit() throws IOException {
        String title = "x".repeat(10_000);

        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': '" + title + "'}}"))
                .containsExactly("/title/en: " + TITLE_TOO_LONG);
        // And where something else is wrong too.
        assertThat(violations(Episode.class, "{'id': 'e', 'title': {'id': '" + title + "', 'en': '" + title + "'}}"))
                .containsExactly("/title/en: " + TITLE_TOO_LONG, "/title/id: " + TITLE_TOO_LONG, "/number: is required");
        // Under the text value's own limit, the model reports the title's.
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': '" + "x".repeat(5000) + "'}}"))
                .containsExactly("/title: " + TITLE_TOO_LONG);
        // A description has no limit of its own: the text's is the one reported.
        assertThat(violations(Episode.class, "{'id': 'e', 'number': 1, 'title': {'en': 'T'}, 'description': {'en': '"
                + "x".repeat(5001) + "'}}")).containsExactly("/description/en: must be at most 5000 characters long");
    }

    @Test
    void aMissingNumberIsRequiredWhateverElseIsWrong() throws IOException {
        assertThat(violations(Episode.class, "{'id': 'e', 'title': {'en': 'T'}}"))
                .containsExactly("/number: is required");
        assertThat(violations(Episode.class, "{'id': 'Not A Slug', 'title': {'en': 'T'}}"))
                .containsExactly("/id: must be a lowercase slug of letters, digits and single hyphens, at most 64"
                        + " characters", "/number: is required");
        assertThat(violations(Episode.class, "{'id': 'e', 'title': {'en': 5}}"))
                .containsExactly("/title/en: must be a string", "/number: is required");
    }

    @Test
    void aLanguageTheRegistryDoesNotListIsRefused() throws IOException {
        assertThat(violations(Quote.class, "{'speakerId': 'p', 'text': {'id': 'Kata-kata'}, 'language': 'english'}"))
                .containsExactly("/language: must be a valid language tag: its language, script, region, variants"
                        + " and extensions must be in the IANA Language Subtag Registry");
    }

    @Test
    void aLinkWithABidirectionalOverrideIsRefused() throws IOException {
        assertThat(violations(Program.class, "{'id': 'p', 'name': {'en': 'P'}, 'organizer': {'id': 'k',"
                + " 'name': {'id': 'K'}, 'kind': 'ministry'}, 'platform': 'x-spaces',"
                + " 'url': 'https://kemlu.go.id/\u202Eexe.pdf'}"))
                .containsExactly("/url: must not contain bidirectional control characters");
    }

    @Test
    void anEndDateTimeOnTheStartDayInSomeOffsetIsRead() throws IOException {
        Event event = OutreachFormatTest.read(Event.class, "{'id': 'wcce', 'name': {'en': 'WCCE'},"
                + " 'start': '2022-10-05', 'end': '2022-10-04T23:30Z'}");

        assertThat(event.end()).isPresent();
        assertThat(violations(Event.class, "{'id': 'wcce', 'name': {'en': 'WCCE'}, 'start': '2022-10-05',"
                + " 'end': '2022-10-04T09:00Z'}")).containsExactly("/end: must not be before the start");
    }
}
