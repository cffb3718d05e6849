package dev.outreach.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.core.AttendanceMode;
import dev.outreach.core.Event;
import dev.outreach.core.Moment;
import dev.outreach.samples.KemluSpace;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of Google's Event rich results, on their own. */
class RichResultsTest {

    @Test
    void aMixedEventMissingEverythingItNeedsGetsEveryReasonInOrder() {
        Event mixed = RichContent.mixedEvent().withStart(Moment.ofDate(2022, 10, 7))
                .withLocation(Optional.empty()).withUrl(Optional.empty());
        assertThat(RichResults.isPublishable(mixed)).isFalse();
        assertThatThrownBy(() -> RichResults.requirePublishable(mixed))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessage("Event \"mixed-session\" cannot be written as a schema.org Event: it has a start with no"
                        + " time of day and UTC offset (startDate; a mixed event needs both), no location (location)"
                        + " and no url for its VirtualLocation (location); Google's Event rich results require name,"
                        + " startDate and location")
                .satisfies(e -> assertThat(((IncompleteEventException) e).missingProperties())
                        .containsExactly("startDate", "location"));
    }

    @Test
    void whatEachModeNeeds() {
        assertThat(RichResults.isPublishable(KemluSpace.wcce())).isTrue();
        assertThat(RichResults.isPublishable(KemluSpace.g20())).isFalse();
        assertThat(RichResults.isPublishable(RichContent.onlineEvent())).isTrue();
        assertThat(RichResults.isPublishable(RichContent.onlineEvent().withUrl(Optional.empty()))).isFalse();
        assertThat(RichResults.isPublishable(RichContent.mixedEvent())).isTrue();
        assertThat(RichResults.isPublishable(RichContent.mixedEvent().withLocation(Optional.empty()))).isFalse();
        // Without a mode an event is taken as offline: a day is enough, and no url is needed.
        Event noMode = KemluSpace.wcce().withAttendanceMode(Optional.empty()).withUrl(Optional.empty());
        assertThat(RichResults.isPublishable(noMode)).isTrue();
        assertThat(RichResults.isPublishable(noMode.withAttendanceMode(AttendanceMode.ONLINE))).isFalse();
    }
}
