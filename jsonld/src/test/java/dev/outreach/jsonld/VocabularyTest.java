package dev.outreach.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.AttendanceMode;
import dev.outreach.core.EventStatus;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Platform;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every member of the model's closed sets has its schema.org term or name. */
class VocabularyTest {

    @Test
    void eachPlatformHasTheNamePeopleKnowItBy() {
        Map<Platform, String> names = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            names.put(platform, Vocabulary.platformName(platform));
        }
        assertThat(names).containsExactly(
                Map.entry(Platform.X_SPACES, "X Spaces"), Map.entry(Platform.YOUTUBE_LIVE, "YouTube Live"),
                Map.entry(Platform.INSTAGRAM_LIVE, "Instagram Live"), Map.entry(Platform.FACEBOOK_LIVE, "Facebook Live"),
                Map.entry(Platform.TIKTOK_LIVE, "TikTok LIVE"), Map.entry(Platform.LINKEDIN_LIVE, "LinkedIn Live"),
                Map.entry(Platform.SPOTIFY, "Spotify"), Map.entry(Platform.CLUBHOUSE, "Clubhouse"),
                Map.entry(Platform.ZOOM, "Zoom"), Map.entry(Platform.RADIO, "Radio"),
                Map.entry(Platform.WEBSITE, "Website"));
    }

    @Test
    void eachModeAndStatusIsASchemaOrgEnumerationMember() {
        assertThat(Vocabulary.attendanceMode(AttendanceMode.OFFLINE)).isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        assertThat(Vocabulary.attendanceMode(AttendanceMode.ONLINE)).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(Vocabulary.attendanceMode(AttendanceMode.MIXED)).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(Vocabulary.eventStatus(EventStatus.SCHEDULED)).isEqualTo("https://schema.org/EventScheduled");
        assertThat(Vocabulary.eventStatus(EventStatus.CANCELLED)).isEqualTo("https://schema.org/EventCancelled");
        assertThat(Vocabulary.eventStatus(EventStatus.POSTPONED)).isEqualTo("https://schema.org/EventPostponed");
        assertThat(Vocabulary.eventStatus(EventStatus.RESCHEDULED)).isEqualTo("https://schema.org/EventRescheduled");
        assertThat(Vocabulary.eventStatus(EventStatus.MOVED_ONLINE)).isEqualTo("https://schema.org/EventMovedOnline");
    }

    @Test
    void eachOrganizationKindHasItsMostSpecificSchemaOrgType() {
        Map<OrganizationKind, String> types = new EnumMap<>(OrganizationKind.class);
        for (OrganizationKind kind : OrganizationKind.values()) {
            types.put(kind, Vocabulary.organizationType(kind));
        }
        assertThat(types).containsExactly(
                Map.entry(OrganizationKind.MINISTRY, "GovernmentOrganization"),
                Map.entry(OrganizationKind.GOVERNMENT_AGENCY, "GovernmentOrganization"),
                Map.entry(OrganizationKind.MEDIA, "NewsMediaOrganization"),
                Map.entry(OrganizationKind.THINK_TANK, "ResearchOrganization"),
                Map.entry(OrganizationKind.CIVIL_SOCIETY, "NGO"),
                Map.entry(OrganizationKind.ACADEMIC, "EducationalOrganization"),
                Map.entry(OrganizationKind.BUSINESS, "Organization"),
                Map.entry(OrganizationKind.INTERNATIONAL, "Organization"),
                Map.entry(OrganizationKind.DIPLOMATIC_MISSION, "GovernmentOrganization"));
        assertThat(types.values()).allSatisfy(type -> assertThat(SchemaOrg.TYPES).containsKey(type));
    }
}
