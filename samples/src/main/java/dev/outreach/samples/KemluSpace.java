package dev.outreach.samples;

import dev.outreach.core.BilingualText;
import dev.outreach.core.Commentary;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.EventRelationKind;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.Partner;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Platform;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import java.time.LocalDate;

/**
 * The article "Kemlu Space" (DEAL JAKARTA) as Outreach values: every fact it gives, and
 * nothing it does not. Each method builds one part; {@link #dossier()} builds the whole.
 *
 * <p>What the article leaves out stays out: the episode's time of day, the article's
 * publication date and its author's full name, the WCCE venue and the G20's dates.
 */
public final class KemluSpace {

    private KemluSpace() {
    }

    /** @return Kementerian Luar Negeri (Kemlu), the Ministry of Foreign Affairs, which runs the program */
    public static Organization kemlu() {
        return Organization.builder()
                .id("kemlu")
                .name(BilingualText.of("Kementerian Luar Negeri", "Ministry of Foreign Affairs"))
                .acronym("Kemlu")
                .kind(OrganizationKind.MINISTRY)
                .build();
    }

    /** @return Kementerian Pariwisata dan Ekonomi Kreatif (Kemenparekraf), the co-host of episode 1 */
    public static Organization kemenparekraf() {
        return Organization.builder()
                .id("kemenparekraf")
                .name(BilingualText.of("Kementerian Pariwisata dan Ekonomi Kreatif",
                        "Ministry of Tourism and Creative Economy"))
                .acronym("Kemenparekraf")
                .kind(OrganizationKind.MINISTRY)
                .build();
    }

    /** @return Antonius Yudi Triantoro, with his title at Kemlu at the time of the episode */
    public static Person antoniusYudiTriantoro() {
        return Person.builder()
                .id("antonius-yudi-triantoro")
                .name("Antonius Yudi Triantoro")
                .jobTitle(BilingualText.indonesian(
                        "Direktur Perdagangan, Perindustrian, Komoditas, dan Kekayaan Intelektual"))
                .affiliation(kemlu())
                .build();
    }

    /** @return Muhammad Neil El Himam, with his title at Kemenparekraf at the time of the episode */
    public static Person muhammadNeilElHimam() {
        return Person.builder()
                .id("muhammad-neil-el-himam")
                .name("Muhammad Neil El Himam")
                .jobTitle(BilingualText.indonesian("Deputi Ekonomi Digital dan Produk Kreatif"))
                .affiliation(kemenparekraf())
                .build();
    }

    /** @return Aldi Monbusho, director of Alwas Institute Indonesia, who commented elsewhere */
    public static Person aldiMonbusho() {
        return Person.builder()
                .id("aldi-monbusho")
                .name("Aldi Monbusho")
                .jobTitle(BilingualText.of("Direktur", "Director"))
                .affiliation(Organization.builder()
                        .id("alwas-institute-indonesia")
                        .name(BilingualText.indonesian("Alwas Institute Indonesia"))
                        .kind(OrganizationKind.THINK_TANK)
                        .build())
                .build();
    }

    /** @return episode 1, "Road to WCCE", aired on 4 October 2022 (the time of day is not known) */
    public static Episode roadToWcce() {
        return Episode.builder()
                .id("road-to-wcce")
                .number(1)
                .title(BilingualText.of("Road to WCCE", "Road to WCCE"))
                .aired(LocalDate.of(2022, 10, 4))
                .addSpeaker(Speaker.of(antoniusYudiTriantoro(), SpeakerRole.GUEST))
                .addSpeaker(Speaker.of(muhammadNeilElHimam(), SpeakerRole.GUEST))
                .addQuote(Quote.builder()
                        .speakerId("antonius-yudi-triantoro")
                        .text(BilingualText.indonesian("World Conference on Creative Economy sebagai wadah bagi "
                                + "pelaku-pelaku ekraf global termasuk pelaku ekraf Indonesia untuk berbagi pandangan "
                                + "best practices guna melindungi pelaku ekraf dari dampak pandemi dan meningkatkan "
                                + "peran ekraf pada pencapaian SDGs"))
                        .language("id")
                        .build())
                .addQuote(Quote.builder()
                        .speakerId("muhammad-neil-el-himam")
                        .text(BilingualText.indonesian("WCCE ke-3 diharapkan dapat menjadi tempat yang sangat tepat "
                                + "untuk mengeksplor seluruh hal terkait ekonomi kreatif, dan secara tidak langsung "
                                + "dapat membuka pintu untuk melakukan kerjasama dan kolabor-aksi yang baik, seperti "
                                + "kesepakatan bisnis, jaringan, dan Nota Kesepahaman/Perjanjian tentang kerja sama "
                                + "tertentu. Tidak boleh dilupakan bahwa WCCE ini juga menjadi salah satu side event "
                                + "dari rangkaian G20"))
                        .language("id")
                        .build())
                .addPartnerId("kemenparekraf")
                .addEventId("wcce-2022")
                .build();
    }

    /** @return Kemlu Space on X Spaces (then Twitter Space), with its first episode */
    public static Program program() {
        return Program.builder()
                .id("kemlu-space")
                .name(BilingualText.of("Kemlu Space", "Kemlu Space"))
                .description(BilingualText.of(
                        "Program untuk mengulik informasi terkini tentang \"What's Happening\" baik di dalam "
                                + "maupun luar negeri, bersama mitra yang terlibat dalam isu atau kegiatan terkini "
                                + "di setiap episode.",
                        "A program on current affairs, \"What's Happening\" at home and abroad, with partners "
                                + "from the issue at hand in each episode."))
                .organizer(kemlu())
                .platform(Platform.X_SPACES)
                .addPartner(Partner.of(kemenparekraf(), PartnerRole.CO_HOST))
                .addEpisode(roadToWcce())
                .build();
    }

    /** @return the G20 under Indonesia's 2022 presidency, known here by name only */
    public static Event g20() {
        return Event.builder()
                .id("g20-2022")
                .name(BilingualText.of("Presidensi G20 Indonesia 2022", "G20 Indonesia 2022 Presidency"))
                .acronym("G20")
                .build();
    }

    /** @return the 3rd World Conference on Creative Economy, 5 to 7 October 2022 in Bali */
    public static Event wcce() {
        return Event.builder()
                .id("wcce-2022")
                .name(BilingualText.of("World Conference on Creative Economy", "World Conference on Creative Economy"))
                .acronym("WCCE")
                .edition(3)
                .theme(BilingualText.english("Inclusively Creative: A Global Recovery"))
                .description(BilingualText.of(
                        "Mengedepankan pemulihan global melalui sektor ekonomi kreatif.",
                        "Global recovery through the creative economy."))
                .start(LocalDate.of(2022, 10, 5))
                .end(LocalDate.of(2022, 10, 7))
                .location(Place.builder()
                        .name(BilingualText.of("Bali", "Bali"))
                        .subdivision("ID-BA")
                        .country("ID")
                        .build())
                .addRelation(EventRelation.of(EventRelationKind.SIDE_EVENT_OF, "g20-2022"))
                .build();
    }

    /** @return the DEAL JAKARTA article: dateline Jakarta, byline "ath", no publication date */
    public static Coverage coverage() {
        return Coverage.builder()
                .outlet("DEAL JAKARTA")
                .dateline("Jakarta")
                .byline("ath")
                .language("id")
                .addAbout("kemlu-space", "road-to-wcce", "wcce-2022")
                .addCommentary(Commentary.builder()
                        .commentator(aldiMonbusho())
                        .setting(BilingualText.of("Di tempat terpisah", "Elsewhere"))
                        .summary(BilingualText.of(
                                "Program \"Kemlu Space\" akan booming jika menggandeng media online di daerah; "
                                        + "jika tidak, program itu hanya akan diketahui oleh \"orang Jakarta\" saja "
                                        + "dan pegawai Kemenlu.",
                                "The program will take off only if it partners with regional online media; "
                                        + "otherwise only \"people in Jakarta\" and ministry staff will know it."))
                        .addQuote(Quote.builder()
                                .speakerId("aldi-monbusho")
                                .text(BilingualText.indonesian("Daerah pasti tidak tahu adanya program itu karena "
                                        + "memang tidak sampai ke daerah, meskipun kementerian luar negeri tapi itu kan "
                                        + "badan pemerintah kita juga, tidak salah jika mengajak media online di daerah "
                                        + "ikut andil"))
                                .language("id")
                                .build())
                        .build())
                .build();
    }

    /** @return everything in the article, with its references checked */
    public static Dossier dossier() {
        return Dossier.builder()
                .addProgram(program())
                .addEvents(wcce(), g20())
                .addCoverage(coverage())
                .build();
    }
}
