package dev.outreach.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.CountryCode;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelationKind;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.LiveStatus;
import dev.outreach.core.Moment;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.Recording;
import dev.outreach.core.Scope;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import dev.outreach.core.Subdivision;
import dev.outreach.core.TextDirection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every fact of the second episode, read back from {@link KemluSpaceTokyo#dossier()}. */
class KemluSpaceTokyoTest {

    private static final LanguageTag JAPANESE = LanguageTag.of("ja");

    private static Dossier dossier;

    @BeforeAll
    static void buildTheDossier() {
        dossier = KemluSpaceTokyo.dossier();
    }

    private static Program program() {
        assertThat(dossier.programs()).hasSize(1);
        return dossier.programs().get(0);
    }

    private static Episode episode() {
        return program().episode(2).orElseThrow();
    }

    private static Speaker speaker(String id) {
        return episode().speaker(id).orElseThrow();
    }

    private static Quote quoteBy(String id) {
        return episode().quotes().stream().filter(quote -> quote.speakerId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void holdsTheProgramWithEpisodeTwoAndTheForumWithItsSummit() {
        assertThat(program().id()).isEqualTo("kemlu-space");
        assertThat(program().name().indonesian()).contains("Kemlu Space");
        assertThat(program().name().english()).contains("Kemlu Space");
        assertThat(program().episodes()).extracting(Episode::number).containsExactly(2);
        assertThat(dossier.events()).extracting(Event::id)
                .containsExactly("asean-japan-business-forum-2023", "asean-japan-summit-2023");
        assertThat(KemluSpaceTokyo.dossier()).isEqualTo(dossier);
    }

    @Test
    void theEpisodeAiredAtHalfPastSevenWitaAndLastedSeventyFiveMinutes() {
        Episode episode = episode();

        assertThat(episode.aired()).contains(Moment.of(OffsetDateTime.of(2023, 12, 12, 19, 30, 0, 0,
                ZoneOffset.ofHours(8))));
        assertThat(episode.aired().orElseThrow().hasTime()).isTrue();
        assertThat(episode.duration()).contains(Duration.ofMinutes(75));
        assertThat(episode.ended()).isEmpty();
        assertThat(episode.status()).contains(LiveStatus.ENDED);
        assertThat(episode.url().orElseThrow()).hasToString("https://example.org/kemlu-space/2/live");
        assertThat(episode.title().in(Locale.ENGLISH)).isEqualTo("50 Years of ASEAN-Japan Friendship");
    }

    @Test
    void theRecordingIsApartFromTheLiveLinkWithAnIndonesianTranscript() {
        Recording recording = episode().recording().orElseThrow();

        assertThat(recording.url()).hasToString("https://example.org/kemlu-space/2/recording.mp3");
        assertThat(recording.url()).isNotEqualTo(episode().url().orElseThrow());
        assertThat(recording.duration()).contains(Duration.parse("PT1H14M12S"));
        assertThat(recording.transcript().orElseThrow())
                .hasToString("https://example.org/kemlu-space/2/transcript-id.html");
        assertThat(recording.transcriptLanguage()).contains(LanguageTag.INDONESIAN);
    }

    @Test
    void theSpeakersHaveTheirRolesAndTheHostIsTheMinistrysSpokesperson() {
        assertThat(episode().speakers()).hasSize(7);
        assertThat(speaker("lestari-wibowo").role()).isEqualTo(SpeakerRole.HOST);
        assertThat(speaker("lestari-wibowo").person().jobTitle().orElseThrow().english())
                .contains("Spokesperson of the Ministry of Foreign Affairs");
        assertThat(speaker("rina-kartika").role()).isEqualTo(SpeakerRole.MASTER_OF_CEREMONIES);
        assertThat(speaker("bagus-santoso").role()).isEqualTo(SpeakerRole.MODERATOR);
        assertThat(speaker("hendra-gunawan").role()).isEqualTo(SpeakerRole.SPOKESPERSON);
        assertThat(speaker("maria-santos").role()).isEqualTo(SpeakerRole.GUEST);
        assertThat(speaker("tanaka-yuki").role()).isEqualTo(SpeakerRole.GUEST);
        assertThat(speaker("sari-nakamura").role()).isEqualTo(SpeakerRole.INTERPRETER);
    }

    @Test
    void theEmbassyInTokyoIsAMissionOfKemluInJapan() {
        Organization embassy = speaker("hendra-gunawan").person().affiliation().orElseThrow();

        assertThat(embassy.id()).isEqualTo("kbri-tokyo");
        assertThat(embassy.acronym()).contains("KBRI Tokyo");
        assertThat(embassy.kind()).isEqualTo(OrganizationKind.DIPLOMATIC_MISSION);
        assertThat(embassy.hostCountry()).contains(CountryCode.of("JP"));
        assertThat(embassy.parentOrganization()).contains(KemluSpace.kemlu());
        assertThat(program().organizer()).isEqualTo(KemluSpace.kemlu());
        assertThat(program().partner("kbri-tokyo").orElseThrow().role()).isEqualTo(PartnerRole.CO_HOST);
    }

    @Test
    void theAseanOfficialIsQuotedInEnglishWithAnIndonesianTranslation() {
        Quote quote = quoteBy("maria-santos");

        assertThat(quote.language()).isEqualTo(LanguageTag.ENGLISH);
        assertThat(quote.original()).contains("ASEAN and Japan have grown together for fifty years; the next fifty "
                + "will be built by our young people.");
        assertThat(quote.translations()).containsExactly(LanguageTag.INDONESIAN);
        assertThat(quote.text().indonesian().orElseThrow()).startsWith("ASEAN dan Jepang telah tumbuh bersama");
        assertThat(quote.saidAt().orElseThrow()).hasToString("2023-12-12T19:52+08:00");
    }

    @Test
    void theJapaneseOfficialIsQuotedInJapaneseWithIndonesianAndEnglishBeside() {
        Quote quote = quoteBy("tanaka-yuki");

        assertThat(quote.language()).isEqualTo(JAPANESE);
        assertThat(quote.original()).contains("日本とASEANの友情は、これからの五十年も続きます。");
        assertThat(quote.translations())
                .containsExactlyInAnyOrder(LanguageTag.INDONESIAN, LanguageTag.ENGLISH);
        assertThat(quote.text().direction(JAPANESE)).isEqualTo(TextDirection.LTR);
        assertThat(speaker("tanaka-yuki").person().affiliation().orElseThrow().name().get(JAPANESE))
                .contains("外務省");
    }

    @Test
    void theMediaPartnerIsRegionalInPapuaBaratDaya() {
        Organization medium = program().partner("suara-papua-barat-daya").orElseThrow().organization();

        assertThat(program().partner("suara-papua-barat-daya").orElseThrow().role())
                .isEqualTo(PartnerRole.MEDIA_PARTNER);
        assertThat(medium.kind()).isEqualTo(OrganizationKind.MEDIA);
        assertThat(medium.scope()).isEqualTo(Scope.REGIONAL);
        assertThat(medium.provinces()).containsExactly(Subdivision.of("ID-PD"));
        assertThat(episode().partnerIds()).containsExactly("kbri-tokyo", "suara-papua-barat-daya");
    }

    @Test
    void theForumIsPartOfTheSummitInTokyo() {
        Event forum = dossier.event("asean-japan-business-forum-2023").orElseThrow();
        Event summit = dossier.event("asean-japan-summit-2023").orElseThrow();

        assertThat(forum.relations()).singleElement().satisfies(relation -> {
            assertThat(relation.kind()).isEqualTo(EventRelationKind.PART_OF);
            assertThat(relation.eventId()).isEqualTo(summit.id());
        });
        assertThat(forum.start().orElseThrow()).hasToString("2023-12-16T10:00+09:00");
        assertThat(summit.start().orElseThrow()).hasToString("2023-12-16");
        assertThat(summit.end().orElseThrow()).hasToString("2023-12-18");
        assertThat(forum.location().orElseThrow().country()).isEqualTo(CountryCode.of("JP"));
        assertThat(forum.location().orElseThrow().name().orElseThrow().get(JAPANESE)).contains("東京");
        assertThat(forum.organizers()).extracting(Organization::id).containsExactly("kbri-tokyo");
        assertThat(episode().eventIds()).containsExactly(forum.id());
    }
}
