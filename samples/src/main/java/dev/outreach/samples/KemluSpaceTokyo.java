package dev.outreach.samples;

import dev.outreach.core.BilingualText;
import dev.outreach.core.CountryCode;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.EventRelationKind;
import dev.outreach.core.IndonesianTimeZone;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.LiveStatus;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Partner;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Platform;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.Recording;
import dev.outreach.core.Scope;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import dev.outreach.core.Subdivision;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A second Kemlu Space episode, made up to show the content a foreign ministry publishes beyond
 * the article: a ministry spokesperson as host with a master of ceremonies, a moderator and an
 * interpreter; a guest from the embassy in Tokyo (a diplomatic mission of Kemlu); an ASEAN
 * official quoted in English with an Indonesian translation; a Japanese official quoted in
 * Japanese with Indonesian and English beside; a broadcast at 19:30 WITA with its recording and
 * transcript; a regional media partner in Papua Barat Daya; and a forum that is part of a summit.
 *
 * <p>Its people, organizations other than Kemlu, dates and {@code example.org} addresses are
 * illustrations, not facts. Each method builds one part; {@link #dossier()} builds the whole.
 */
public final class KemluSpaceTokyo {

    /** Japanese, {@code ja}. */
    public static final LanguageTag JAPANESE = LanguageTag.of("ja");

    private KemluSpaceTokyo() {
    }

    /** @return the embassy of the Republic of Indonesia in Tokyo, a mission of Kemlu in Japan */
    public static Organization kbriTokyo() {
        return Organization.builder()
                .id("kbri-tokyo")
                .name(BilingualText.of("Kedutaan Besar Republik Indonesia di Tokyo",
                        "Embassy of the Republic of Indonesia in Tokyo"))
                .acronym("KBRI Tokyo")
                .kind(OrganizationKind.DIPLOMATIC_MISSION)
                .hostCountry(CountryCode.of("JP"))
                .parentOrganization(KemluSpace.kemlu())
                .website("https://example.org/kbri-tokyo")
                .build();
    }

    /** @return the ASEAN Secretariat, an international organization */
    public static Organization aseanSecretariat() {
        return Organization.builder()
                .id("asean-secretariat")
                .name(BilingualText.of("Sekretariat ASEAN", "ASEAN Secretariat"))
                .acronym("ASEAN")
                .kind(OrganizationKind.INTERNATIONAL)
                .scope(Scope.INTERNATIONAL)
                .build();
    }

    /** @return Japan's Ministry of Foreign Affairs, named in Japanese, Indonesian and English */
    public static Organization mofaJapan() {
        return Organization.builder()
                .id("mofa-japan")
                .name(BilingualText.of("Kementerian Luar Negeri Jepang", "Ministry of Foreign Affairs of Japan")
                        .with(JAPANESE, "外務省"))
                .acronym("MOFA")
                .kind(OrganizationKind.MINISTRY)
                .build();
    }

    /** @return a regional online medium in Papua Barat Daya, the program's media partner */
    public static Organization suaraPapuaBaratDaya() {
        return Organization.builder()
                .id("suara-papua-barat-daya")
                .name(BilingualText.both("Suara Papua Barat Daya"))
                .kind(OrganizationKind.MEDIA)
                .scope(Scope.REGIONAL)
                .addProvince(Subdivision.of("ID-PD"))
                .website("https://example.org/suara-papua-barat-daya")
                .build();
    }

    /** @return the ministry's spokesperson, who hosts the episode */
    public static Person spokesperson() {
        return Person.builder()
                .id("lestari-wibowo")
                .name("Lestari Wibowo")
                .jobTitle(BilingualText.of("Juru Bicara Kementerian Luar Negeri",
                        "Spokesperson of the Ministry of Foreign Affairs"))
                .affiliation(KemluSpace.kemlu())
                .build();
    }

    /** @return the master of ceremonies, who opens and closes the episode */
    public static Person masterOfCeremonies() {
        return Person.builder().id("rina-kartika").name("Rina Kartika").affiliation(KemluSpace.kemlu()).build();
    }

    /** @return the moderator of the discussion */
    public static Person moderator() {
        return Person.builder().id("bagus-santoso").name("Bagus Santoso").build();
    }

    /** @return the embassy's officer for information, who speaks for KBRI Tokyo */
    public static Person embassySpokesperson() {
        return Person.builder()
                .id("hendra-gunawan")
                .name("Hendra Gunawan")
                .jobTitle(BilingualText.of("Pelaksana Fungsi Penerangan, Sosial dan Budaya",
                        "Information, Social and Cultural Affairs Officer"))
                .affiliation(kbriTokyo())
                .build();
    }

    /** @return an ASEAN official, quoted in English */
    public static Person aseanOfficial() {
        return Person.builder()
                .id("maria-santos")
                .name("Maria Santos")
                .jobTitle(BilingualText.of("Wakil Sekretaris Jenderal ASEAN", "Deputy Secretary-General of ASEAN"))
                .affiliation(aseanSecretariat())
                .build();
    }

    /** @return a Japanese official, quoted in Japanese */
    public static Person japaneseOfficial() {
        return Person.builder()
                .id("tanaka-yuki")
                .name("Tanaka Yuki")
                .jobTitle(BilingualText.of("Direktur Urusan ASEAN", "Director, ASEAN Affairs")
                        .with(JAPANESE, "ASEAN担当課長"))
                .affiliation(mofaJapan())
                .build();
    }

    /** @return the interpreter between Japanese and Indonesian */
    public static Person interpreter() {
        return Person.builder().id("sari-nakamura").name("Sari Nakamura").build();
    }

    /**
     * @return episode 2, aired on 12 December 2023 at 19:30 WITA for 75 minutes, with its
     *         recording and an Indonesian transcript
     */
    public static Episode aseanJapan() {
        return Episode.builder()
                .id("asean-jepang-50-tahun")
                .number(2)
                .title(BilingualText.of("50 Tahun Persahabatan ASEAN-Jepang", "50 Years of ASEAN-Japan Friendship"))
                .aired(ZonedDateTime.of(LocalDateTime.of(2023, 12, 12, 19, 30), IndonesianTimeZone.WITA.zone()))
                .duration(Duration.ofMinutes(75))
                .status(LiveStatus.ENDED)
                .url("https://example.org/kemlu-space/2/live")
                .recording(Recording.builder()
                        .url("https://example.org/kemlu-space/2/recording.mp3")
                        .duration(Duration.ofMinutes(74).plusSeconds(12))
                        .transcript("https://example.org/kemlu-space/2/transcript-id.html")
                        .transcriptLanguage("id")
                        .build())
                .addSpeaker(Speaker.of(spokesperson(), SpeakerRole.HOST))
                .addSpeaker(Speaker.of(masterOfCeremonies(), SpeakerRole.MASTER_OF_CEREMONIES))
                .addSpeaker(Speaker.of(moderator(), SpeakerRole.MODERATOR))
                .addSpeaker(Speaker.of(embassySpokesperson(), SpeakerRole.SPOKESPERSON))
                .addSpeaker(Speaker.of(aseanOfficial(), SpeakerRole.GUEST))
                .addSpeaker(Speaker.of(japaneseOfficial(), SpeakerRole.GUEST))
                .addSpeaker(Speaker.of(interpreter(), SpeakerRole.INTERPRETER))
                .addQuote(Quote.builder()
                        .speakerId("lestari-wibowo")
                        .text(BilingualText.indonesian("Diplomasi hari ini harus sampai ke seluruh daerah, "
                                + "dari Jakarta sampai Sorong."))
                        .language("id")
                        .build())
                .addQuote(Quote.builder()
                        .speakerId("maria-santos")
                        .text(BilingualText.of("ASEAN dan Jepang telah tumbuh bersama selama lima puluh tahun; "
                                        + "lima puluh tahun berikutnya dibangun oleh generasi muda kita.",
                                "ASEAN and Japan have grown together for fifty years; the next fifty will be "
                                        + "built by our young people."))
                        .language("en")
                        .saidAt(ZonedDateTime.of(2023, 12, 12, 19, 52, 0, 0, ZoneId.of("Asia/Makassar")))
                        .build())
                .addQuote(Quote.builder()
                        .speakerId("tanaka-yuki")
                        .text(BilingualText.inLanguage(JAPANESE, "日本とASEANの友情は、これからの五十年も続きます。")
                                .with(LanguageTag.INDONESIAN,
                                        "Persahabatan Jepang dan ASEAN akan berlanjut lima puluh tahun ke depan.")
                                .with(LanguageTag.ENGLISH,
                                        "The friendship of Japan and ASEAN will go on for the next fifty years."))
                        .language(JAPANESE)
                        .build())
                .addPartnerId("kbri-tokyo")
                .addPartnerId("suara-papua-barat-daya")
                .addEventId("asean-japan-business-forum-2023")
                .build();
    }

    /** @return Kemlu Space with the embassy as co-host and the regional medium as media partner */
    public static Program program() {
        return Program.builder()
                .id("kemlu-space")
                .name(BilingualText.both("Kemlu Space"))
                .organizer(KemluSpace.kemlu())
                .platform(Platform.X_SPACES)
                .addPartner(Partner.of(kbriTokyo(), PartnerRole.CO_HOST))
                .addPartner(Partner.of(suaraPapuaBaratDaya(), PartnerRole.MEDIA_PARTNER))
                .addEpisode(aseanJapan())
                .build();
    }

    /** @return the summit the forum is part of, 16 to 18 December 2023 in Tokyo */
    public static Event summit() {
        return Event.builder()
                .id("asean-japan-summit-2023")
                .name(BilingualText.of("KTT Peringatan 50 Tahun ASEAN-Jepang",
                        "ASEAN-Japan Commemorative Summit"))
                .start(LocalDate.of(2023, 12, 16))
                .end(LocalDate.of(2023, 12, 18))
                .location(tokyo())
                .build();
    }

    /** @return the business forum the episode promoted, part of the summit */
    public static Event forum() {
        return Event.builder()
                .id("asean-japan-business-forum-2023")
                .name(BilingualText.of("Forum Bisnis ASEAN-Jepang", "ASEAN-Japan Business Forum"))
                .start(ZonedDateTime.of(2023, 12, 16, 10, 0, 0, 0, ZoneId.of("Asia/Tokyo")))
                .end(ZonedDateTime.of(2023, 12, 16, 17, 0, 0, 0, ZoneId.of("Asia/Tokyo")))
                .location(tokyo())
                .addOrganizer(kbriTokyo())
                .addRelation(EventRelation.of(EventRelationKind.PART_OF, "asean-japan-summit-2023"))
                .build();
    }

    private static Place tokyo() {
        return Place.builder()
                .name(BilingualText.both("Tokyo").with(JAPANESE, "東京"))
                .locality("Tokyo")
                .country("JP")
                .build();
    }

    /** @return the episode's program with the forum and the summit */
    public static Dossier dossier() {
        return Dossier.builder()
                .addProgram(program())
                .addEvent(forum())
                .addEvent(summit())
                .build();
    }
}
