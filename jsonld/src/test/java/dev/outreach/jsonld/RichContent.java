package dev.outreach.jsonld;

import dev.outreach.core.AttendanceMode;
import dev.outreach.core.BilingualText;
import dev.outreach.core.CountryCode;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.EventRelationKind;
import dev.outreach.core.EventStatus;
import dev.outreach.core.IndonesianTimeZone;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.LiveStatus;
import dev.outreach.core.Moment;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Partner;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Platform;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.Recording;
import dev.outreach.core.Scope;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import dev.outreach.core.Subdivision;
import dev.outreach.samples.KemluSpace;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Content that uses every optional part of the model the writer maps, which the article does
 * not: a regional media partner, a sponsor, an honorific, a paraphrase with its date and source,
 * an episode on its own platform at a time of day, online and mixed events, a dated headline.
 */
final class RichContent {

    private RichContent() {
    }

    static Organization regionalMedia() {
        return Organization.builder()
                .id("media-daerah")
                .name(BilingualText.indonesian("Media Daerah"))
                .kind(OrganizationKind.MEDIA)
                .scope(Scope.REGIONAL)
                .addProvinces(Subdivision.of("ID-JB"), Subdivision.of("ID-PD"))
                .website(URI.create("https://media-daerah.example/"))
                .build();
    }

    static Organization sponsor() {
        return Organization.builder()
                .id("bank-sponsor")
                .name(BilingualText.english("Sponsor Bank"))
                .kind(OrganizationKind.BUSINESS)
                .build();
    }

    static Person host() {
        return Person.builder()
                .id("host-person")
                .name("Siti Host")
                .honorificPrefix("Dr.")
                .jobTitle(BilingualText.of("Juru Bicara", "Spokesperson"))
                .affiliation(KemluSpace.kemlu())
                .build();
    }

    static Episode episode() {
        return Episode.builder()
                .id("second-episode")
                .number(2)
                .title(BilingualText.indonesian("Episode Kedua"))
                .description(BilingualText.english("The second episode."))
                .aired(Moment.of(LocalDateTime.of(2022, 11, 1, 19, 0), IndonesianTimeZone.WIB))
                .status(LiveStatus.ENDED)
                .platform(Platform.YOUTUBE_LIVE)
                .url(URI.create("https://video.example/watch/2"))
                .addSpeaker(Speaker.of(host(), SpeakerRole.HOST))
                .addQuote(Quote.builder()
                        .speakerId("host-person")
                        .text(BilingualText.of("Ringkasan kata-kata", "A summary of the words"))
                        .language(LanguageTag.INDONESIAN)
                        .form(QuoteForm.PARAPHRASE)
                        .saidAt(Moment.of(LocalDateTime.of(2022, 11, 1, 19, 30), IndonesianTimeZone.WIB))
                        .source(URI.create("https://video.example/watch/2?t=1800"))
                        .build())
                .addPartnerId("media-daerah")
                .addPartnerId("bank-sponsor")
                .addEventId("online-forum")
                .build();
    }

    /** An episode that ended, with its recording and a transcript, built from plain values. */
    static Episode recordedEpisode() {
        return Episode.builder()
                .id("recorded-episode")
                .number(3)
                .title(BilingualText.of("Episode Ketiga", "The Third Episode"))
                .aired(OffsetDateTime.of(2022, 11, 8, 19, 30, 0, 0, ZoneOffset.ofHours(8)))
                .ended(OffsetDateTime.of(2022, 11, 8, 21, 0, 0, 0, ZoneOffset.ofHours(8)))
                .status(LiveStatus.ENDED)
                .url("https://spaces.example/live/3")
                .recording(Recording.builder()
                        .url("https://spaces.example/recordings/3")
                        .duration(Duration.parse("PT1H28M30S"))
                        .transcript("https://kemlu.example/transkrip/3")
                        .transcriptLanguage("id")
                        .build())
                .build();
    }

    /** An episode that gives its length as a duration, with a recording without a transcript. */
    static Episode episodeWithDuration() {
        return Episode.builder()
                .id("episode-with-duration")
                .number(4)
                .title(BilingualText.english("The Fourth Episode"))
                .aired(Moment.of(LocalDateTime.of(2022, 11, 15, 19, 0), IndonesianTimeZone.WIB))
                .duration(Duration.ofMinutes(90))
                .recording(Recording.of("https://spaces.example/recordings/4", Duration.ofMinutes(89)))
                .build();
    }

    static Program program() {
        return Program.builder()
                .id("rich-program")
                .name(BilingualText.english("Rich Program"))
                .organizer(KemluSpace.kemlu())
                .platform(Platform.X_SPACES)
                .url(URI.create("https://program.example/"))
                .addPartner(Partner.of(regionalMedia(), PartnerRole.MEDIA_PARTNER))
                .addPartner(Partner.of(sponsor(), PartnerRole.SPONSOR))
                .addEpisode(episode())
                .build();
    }

    /** An online forum at 10:00 WITA with its url, status and organizer, part of WCCE. */
    static Event onlineEvent() {
        return Event.builder()
                .id("online-forum")
                .name(BilingualText.of("Forum Daring", "Online Forum"))
                .start(Moment.of(LocalDateTime.of(2022, 10, 6, 10, 0), IndonesianTimeZone.WITA))
                .end(Moment.of(LocalDateTime.of(2022, 10, 6, 12, 0), IndonesianTimeZone.WITA))
                .attendanceMode(AttendanceMode.ONLINE)
                .status(EventStatus.SCHEDULED)
                .addOrganizer(KemluSpace.kemenparekraf())
                .addRelation(EventRelation.of(EventRelationKind.PART_OF, "wcce-2022"))
                .url(URI.create("https://forum.example/live"))
                .build();
    }

    /** A mixed event in Nusa Dua, Bali, moved online. */
    static Event mixedEvent() {
        return Event.builder()
                .id("mixed-session")
                .name(BilingualText.english("Mixed Session"))
                .start(Moment.of(LocalDateTime.of(2022, 10, 7, 9, 0), IndonesianTimeZone.WITA))
                .location(Place.builder()
                        .name(BilingualText.english("Bali Nusa Dua Convention Center"))
                        .locality("Nusa Dua")
                        .subdivision(Subdivision.of("ID-BA"))
                        .country(CountryCode.INDONESIA)
                        .build())
                .attendanceMode(AttendanceMode.MIXED)
                .status(EventStatus.MOVED_ONLINE)
                .url(URI.create("https://session.example/"))
                .build();
    }

    static Coverage coverage() {
        return Coverage.builder()
                .outlet("Example Daily")
                .headline(BilingualText.of("Judul", "Headline"))
                .published(Moment.of(LocalDateTime.of(2022, 11, 2, 8, 0), IndonesianTimeZone.WIB))
                .language(LanguageTag.ENGLISH)
                .url(URI.create("https://daily.example/story"))
                .addAbout("rich-program", "second-episode", "online-forum")
                .build();
    }

    /** The article's dossier with the rich content added. */
    static Dossier dossier() {
        return Dossier.builder()
                .addPrograms(KemluSpace.program(), program())
                .addEvents(KemluSpace.wcce(), KemluSpace.g20(), onlineEvent(), mixedEvent())
                .addCoverage(KemluSpace.coverage(), coverage())
                .build();
    }
}
