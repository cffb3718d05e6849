package dev.outreach.jsonld;

import static dev.outreach.jsonld.Fixtures.WRITER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outreach.core.AttendanceMode;
import dev.outreach.core.Event;
import dev.outreach.core.Moment;
import dev.outreach.samples.KemluSpace;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An event is written as an Event only with what Google's Event rich results require: a start
 * and a location, and for an online event a url and a start with a UTC offset.
 */
class IncompleteEventTest {

    @Test
    void theG20KnownByNameOnlyIsRefusedNamingBothMissingProperties() {
        assertThatThrownBy(() -> WRITER.event(KemluSpace.g20()))
                .isInstanceOf(IncompleteEventException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event \"g20-2022\" cannot be written as a schema.org Event: it has no start (startDate)"
                        + " and no location (location); Google's Event rich results require name, startDate and"
                        + " location")
                .satisfies(e -> {
                    IncompleteEventException refused = (IncompleteEventException) e;
                    assertThat(refused.eventId()).isEqualTo("g20-2022");
                    assertThat(refused.missingProperties()).containsExactly("startDate", "location");
                });
    }

    @Test
    void anEventWithAStartButNoLocationIsRefused() {
        Event noLocation = KemluSpace.g20().withStart(Moment.ofDate(2022, 11, 15));
        assertThatThrownBy(() -> WRITER.event(noLocation))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessage("Event \"g20-2022\" cannot be written as a schema.org Event: it has no location"
                        + " (location); Google's Event rich results require name, startDate and location")
                .satisfies(e -> assertThat(((IncompleteEventException) e).missingProperties())
                        .containsExactly("location"));
    }

    @Test
    void anEventWithALocationButNoStartIsRefused() {
        Event noStart = KemluSpace.wcce().withEnd(Optional.empty()).withStart(Optional.empty());
        assertThatThrownBy(() -> WRITER.event(noStart, KemluSpace.dossier()))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessage("Event \"wcce-2022\" cannot be written as a schema.org Event: it has no start"
                        + " (startDate); Google's Event rich results require name, startDate and location")
                .satisfies(e -> assertThat(((IncompleteEventException) e).missingProperties())
                        .containsExactly("startDate"));
    }

    @Test
    void anOnlineEventNeedsItsUrlAndATimeOfDayWithOffset() {
        Event online = RichContent.onlineEvent().withStart(Moment.ofDate(2022, 10, 6))
                .withEnd(Optional.empty()).withUrl(Optional.empty());
        assertThatThrownBy(() -> WRITER.event(online))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessage("Event \"online-forum\" cannot be written as a schema.org Event: it has a start with"
                        + " no time of day and UTC offset (startDate; an online event needs both) and no url for its"
                        + " VirtualLocation (location); Google's Event rich results require name, startDate and"
                        + " location")
                .satisfies(e -> assertThat(((IncompleteEventException) e).missingProperties())
                        .containsExactly("startDate", "location"));
    }

    @Test
    void aMixedEventNeedsBothAPlaceAndAUrlAndListsLocationOnce() {
        Event mixed = RichContent.mixedEvent().withLocation(Optional.empty()).withUrl(Optional.empty());
        assertThatThrownBy(() -> WRITER.event(mixed))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("it has no location (location) and no url for its VirtualLocation (location);")
                .satisfies(e -> assertThat(((IncompleteEventException) e).missingProperties())
                        .containsExactly("location"));
    }

    @Test
    void anOnlineEventWithUrlAndOffsetHasAVirtualLocationAndNeedsNoPlace() {
        JsonNode event = WRITER.event(RichContent.onlineEvent());
        assertThat(event.get("startDate").asText()).isEqualTo("2022-10-06T10:00+08:00");
        assertThat(event.get("location").get("@type").asText()).isEqualTo("VirtualLocation");
        assertThat(event.get("location").get("url").asText()).isEqualTo("https://forum.example/live");
        assertThat(event.get("eventAttendanceMode").asText()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(event.get("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
    }

    @Test
    void aMixedEventHasBothLocations() {
        JsonNode location = WRITER.event(RichContent.mixedEvent()).get("location");
        assertThat(location.isArray()).isTrue();
        assertThat(location.get(0).get("@type").asText()).isEqualTo("Place");
        assertThat(location.get(0).get("address").get("addressLocality").asText()).isEqualTo("Nusa Dua");
        assertThat(location.get(0).get("address").get("addressRegion").asText()).isEqualTo("Bali");
        assertThat(location.get(0).get("address").get("addressCountry").asText()).isEqualTo("ID");
        assertThat(location.get(1).get("@type").asText()).isEqualTo("VirtualLocation");
    }

    @Test
    void anOfflineEventDoesNotNeedATimeOfDayOrUrl() {
        Event offline = KemluSpace.wcce().withAttendanceMode(AttendanceMode.OFFLINE);
        assertThat(WRITER.event(offline).get("eventAttendanceMode").asText())
                .isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        assertThat(WRITER.event(offline).get("startDate").asText()).isEqualTo("2022-10-05");
    }

    @Test
    void theGenericEntryPointRefusesTheSameWay() {
        assertThatThrownBy(() -> WRITER.write(KemluSpace.g20()))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageStartingWith("Event \"g20-2022\" cannot be written");
    }

    @Test
    void inADossierTheG20IsNamedAsSuperEventButIsNoNodeOfTheGraph() {
        JsonNode graph = WRITER.dossier(KemluSpace.dossier()).get("@graph");
        List<String> ids = new ArrayList<>();
        graph.forEach(node -> ids.add(node.path("@id").asText()));
        assertThat(ids).doesNotContain(Fixtures.BASE + "events/g20-2022").contains(Fixtures.BASE + "events/wcce-2022");
        JsonNode wcce = graph.get(ids.indexOf(Fixtures.BASE + "events/wcce-2022"));
        assertThat(wcce.get("superEvent").get("@id").asText()).isEqualTo(Fixtures.BASE + "events/g20-2022");
        assertThat(wcce.get("superEvent").get("alternateName").asText()).isEqualTo("G20");
    }

    @Test
    void anEventWhoseUrlIsGivenButOfflineKeepsItsUrl() {
        Event withUrl = KemluSpace.wcce().withUrl(URI.create("https://wcce.example/"));
        assertThat(WRITER.event(withUrl).get("url").asText()).isEqualTo("https://wcce.example/");
        assertThat(WRITER.event(withUrl).get("location").get("@type").asText()).isEqualTo("Place");
    }
}
