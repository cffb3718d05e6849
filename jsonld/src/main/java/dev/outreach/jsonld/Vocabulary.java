package dev.outreach.jsonld;

import dev.outreach.core.AttendanceMode;
import dev.outreach.core.EventStatus;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Platform;

/** The schema.org terms the writer maps the model's closed sets to. */
final class Vocabulary {

    /** schema.org's namespace, also the JSON-LD context of every document. */
    static final String SCHEMA = "https://schema.org/";

    private Vocabulary() {
    }

    /** @return the EventAttendanceModeEnumeration member, as its URL */
    static String attendanceMode(AttendanceMode mode) {
        return switch (mode) {
            case OFFLINE -> SCHEMA + "OfflineEventAttendanceMode";
            case ONLINE -> SCHEMA + "OnlineEventAttendanceMode";
            case MIXED -> SCHEMA + "MixedEventAttendanceMode";
        };
    }

    /**
     * @return the most specific schema.org type of an organization of that kind: a ministry, an
     *         agency or a diplomatic mission is a GovernmentOrganization, a media outlet a
     *         NewsMediaOrganization, a think tank a ResearchOrganization, a civil-society body an
     *         NGO, an academic one an EducationalOrganization; a business (which may be an
     *         association rather than a Corporation) and an international organization (which is
     *         no government's) stay Organization
     */
    static String organizationType(OrganizationKind kind) {
        return switch (kind) {
            case MINISTRY, GOVERNMENT_AGENCY, DIPLOMATIC_MISSION -> "GovernmentOrganization";
            case MEDIA -> "NewsMediaOrganization";
            case THINK_TANK -> "ResearchOrganization";
            case CIVIL_SOCIETY -> "NGO";
            case ACADEMIC -> "EducationalOrganization";
            case BUSINESS, INTERNATIONAL -> "Organization";
        };
    }

    /** @return the EventStatusType member, as its URL */
    static String eventStatus(EventStatus status) {
        return switch (status) {
            case SCHEDULED -> SCHEMA + "EventScheduled";
            case CANCELLED -> SCHEMA + "EventCancelled";
            case POSTPONED -> SCHEMA + "EventPostponed";
            case RESCHEDULED -> SCHEMA + "EventRescheduled";
            case MOVED_ONLINE -> SCHEMA + "EventMovedOnline";
        };
    }

    /** @return the platform's name as people know it, for a BroadcastService */
    static String platformName(Platform platform) {
        return switch (platform) {
            case X_SPACES -> "X Spaces";
            case YOUTUBE_LIVE -> "YouTube Live";
            case INSTAGRAM_LIVE -> "Instagram Live";
            case FACEBOOK_LIVE -> "Facebook Live";
            case TIKTOK_LIVE -> "TikTok LIVE";
            case LINKEDIN_LIVE -> "LinkedIn Live";
            case SPOTIFY -> "Spotify";
            case CLUBHOUSE -> "Clubhouse";
            case ZOOM -> "Zoom";
            case RADIO -> "Radio";
            case WEBSITE -> "Website";
        };
    }
}
