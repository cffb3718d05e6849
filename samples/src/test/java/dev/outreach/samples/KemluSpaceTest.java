package dev.outreach.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.BilingualText;
import dev.outreach.core.Commentary;
import dev.outreach.core.CountryCode;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.EventRelation;
import dev.outreach.core.EventRelationKind;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Moment;
import dev.outreach.core.Organization;
import dev.outreach.core.OrganizationKind;
import dev.outreach.core.PartnerRole;
import dev.outreach.core.Person;
import dev.outreach.core.Place;
import dev.outreach.core.Platform;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import dev.outreach.core.QuoteForm;
import dev.outreach.core.Speaker;
import dev.outreach.core.Subdivision;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every fact of the DEAL JAKARTA article on "Kemlu Space", read back from {@link KemluSpace#dossier()}. */
class KemluSpaceTest {

    /** Antonius Yudi Triantoro's words, as the article quotes them. */
    private static final String YUDI_SAID = "World Conference on Creative Economy sebagai wadah bagi pelaku-pelaku "
            + "ekraf global termasuk pelaku ekraf Indonesia untuk berbagi pandangan best practices guna melindungi "
            + "pelaku ekraf dari dampak pandemi dan meningkatkan peran ekraf pada pencapaian SDGs";

    /** Muhammad Neil El Himam's words, as the article quotes them. */
    private static final String NEIL_SAID = "WCCE ke-3 diharapkan dapat menjadi tempat yang sangat tepat untuk "
            + "mengeksplor seluruh hal terkait ekonomi kreatif, dan secara tidak langsung dapat membuka pintu untuk "
            + "melakukan kerjasama dan kolabor-aksi yang baik, seperti kesepakatan bisnis, jaringan, dan Nota "
            + "Kesepahaman/Perjanjian tentang kerja sama tertentu. Tidak boleh dilupakan bahwa WCCE ini juga menjadi "
            + "salah satu side event dari rangkaian G20";

    /** Aldi Monbusho's words, as the article quotes them. */
    private static final String ALDI_SAID = "Daerah pasti tidak tahu adanya program itu karena memang tidak sampai "
            + "ke daerah, meskipun kementerian luar negeri tapi itu kan badan pemerintah kita juga, tidak salah jika "
            + "mengajak media online di daerah ikut andil";

    private static final Locale INDONESIAN = new Locale("id");

    private static Dossier dossier;

    @BeforeAll
    static void buildTheDossier() {
        dossier = KemluSpace.dossier();
    }

    private static Program program() {
        assertThat(dossier.programs()).hasSize(1);
        return dossier.programs().get(0);
    }

    private static Episode episodeOne() {
        return program().episode(1).orElseThrow();
    }

    private static Coverage coverage() {
        assertThat(dossier.coverage()).hasSize(1);
        return dossier.coverage().get(0);
    }

    private static Event wcce() {
        return dossier.event("wcce-2022").orElseThrow();
    }

    @Test
    void holdsOneProgramTwoEventsAndOneArticle() {
        assertThat(dossier.programs()).extracting(Program::id).containsExactly("kemlu-space");
        assertThat(dossier.events()).extracting(Event::id).containsExactlyInAnyOrder("wcce-2022", "g20-2022");
        assertThat(dossier.coverage()).hasSize(1);
        assertThat(KemluSpace.dossier()).isEqualTo(dossier);
    }

    @Test
    void theArticleHasItsOutletDatelineAndInitialsButNoPublicationDate() {
        Coverage article = coverage();

        assertThat(article.outlet()).isEqualTo("DEAL JAKARTA");
        assertThat(article.dateline()).contains("Jakarta");
        assertThat(article.byline()).contains("ath");
        assertThat(article.published()).isEmpty();
        assertThat(article.language()).isEqualTo(LanguageTag.INDONESIAN);
        assertThat(article.about()).containsExactlyInAnyOrder("kemlu-space", "road-to-wcce", "wcce-2022");
    }

    @Test
    void theProgramIsKemluSpaceByKemluOnXSpaces() {
        Program program = program();
        Organization kemlu = program.organizer();

        assertThat(program.name().in(INDONESIAN)).isEqualTo("Kemlu Space");
        assertThat(program.platform()).isEqualTo(Platform.X_SPACES);
        assertThat(program.description().orElseThrow().in(INDONESIAN)).contains("\"What's Happening\"");
        assertThat(kemlu.id()).isEqualTo("kemlu");
        assertThat(kemlu.acronym()).contains("Kemlu");
        assertThat(kemlu.name().indonesian()).contains("Kementerian Luar Negeri");
        assertThat(kemlu.name().english()).contains("Ministry of Foreign Affairs");
        assertThat(kemlu.kind()).isEqualTo(OrganizationKind.MINISTRY);
    }

    @Test
    void episodeOneIsRoadToWcceOnTheFourthOfOctoberWithoutATimeOfDay() {
        Episode episode = episodeOne();
        Moment aired = episode.aired().orElseThrow();

        assertThat(episode.id()).isEqualTo("road-to-wcce");
        assertThat(episode.title().in(INDONESIAN)).isEqualTo("Road to WCCE");
        assertThat(episode.title().in(Locale.ENGLISH)).isEqualTo("Road to WCCE");
        assertThat(aired.date()).hasToString("2022-10-04");
        assertThat(aired.hasTime()).isFalse();
        assertThat(aired).isEqualTo(Moment.ofDate(2022, 10, 4));
        assertThat(episode.eventIds()).containsExactly("wcce-2022");
    }

    @Test
    void kemenparekrafCoHostsEpisodeOne() {
        Organization kemenparekraf = program().partner("kemenparekraf").orElseThrow().organization();

        assertThat(program().partner("kemenparekraf").orElseThrow().role()).isEqualTo(PartnerRole.CO_HOST);
        assertThat(kemenparekraf.acronym()).contains("Kemenparekraf");
        assertThat(kemenparekraf.name().indonesian()).contains("Kementerian Pariwisata dan Ekonomi Kreatif");
        assertThat(kemenparekraf.name().english()).contains("Ministry of Tourism and Creative Economy");
        assertThat(episodeOne().partnerIds()).containsExactly("kemenparekraf");
    }

    @Test
    void antoniusYudiTriantoroSpeaksForKemlu() {
        Person yudi = episodeOne().speaker("antonius-yudi-triantoro").map(Speaker::person).orElseThrow();

        assertThat(yudi.name()).isEqualTo("Antonius Yudi Triantoro");
        assertThat(yudi.jobTitle().orElseThrow().indonesian())
                .contains("Direktur Perdagangan, Perindustrian, Komoditas, dan Kekayaan Intelektual");
        assertThat(yudi.affiliation().map(Organization::id)).contains("kemlu");
        assertThat(yudi.affiliation().orElseThrow().name().indonesian()).contains("Kementerian Luar Negeri");
    }

    @Test
    void muhammadNeilElHimamSpeaksForKemenparekraf() {
        Person neil = episodeOne().speaker("muhammad-neil-el-himam").map(Speaker::person).orElseThrow();

        assertThat(neil.name()).isEqualTo("Muhammad Neil El Himam");
        assertThat(neil.jobTitle().orElseThrow().indonesian()).contains("Deputi Ekonomi Digital dan Produk Kreatif");
        assertThat(neil.affiliation().map(Organization::id)).contains("kemenparekraf");
        assertThat(episodeOne().speakers()).hasSize(2);
    }

    @Test
    void bothSpeakersAreQuotedVerbatimInIndonesian() {
        assertThat(episodeOne().quotes()).hasSize(2);
        Quote yudi = episodeOne().quotes().get(0);
        Quote neil = episodeOne().quotes().get(1);

        assertThat(yudi.speakerId()).isEqualTo("antonius-yudi-triantoro");
        assertThat(yudi.original()).contains(YUDI_SAID);
        assertThat(neil.speakerId()).isEqualTo("muhammad-neil-el-himam");
        assertThat(neil.original()).contains(NEIL_SAID);
        for (Quote quote : episodeOne().quotes()) {
            assertThat(quote.language()).isEqualTo(LanguageTag.INDONESIAN);
            assertThat(quote.form()).isEqualTo(QuoteForm.VERBATIM);
            assertThat(quote.text().indonesian()).isEqualTo(quote.original());
        }
    }

    @Test
    void wcceIsTheThirdEditionFromTheFifthToTheSeventhOfOctoberInBali() {
        Event wcce = wcce();
        Place place = wcce.location().orElseThrow();

        assertThat(wcce.name().english()).contains("World Conference on Creative Economy");
        assertThat(wcce.acronym()).contains("WCCE");
        assertThat(wcce.edition()).contains(3);
        assertThat(wcce.start()).contains(Moment.ofDate(2022, 10, 5));
        assertThat(wcce.end()).contains(Moment.ofDate(2022, 10, 7));
        assertThat(wcce.start().orElseThrow().hasTime()).isFalse();
        assertThat(wcce.end().orElseThrow().hasTime()).isFalse();
        assertThat(place.subdivision()).contains(Subdivision.of("ID-BA"));
        assertThat(place.subdivision().orElseThrow().name()).contains("Bali");
        assertThat(place.country()).isEqualTo(CountryCode.INDONESIA);
        assertThat(place.locality()).isEmpty();
    }

    @Test
    void wcceHasItsThemeAndAim() {
        Event wcce = wcce();

        assertThat(wcce.theme().flatMap(BilingualText::english)).contains("Inclusively Creative: A Global Recovery");
        assertThat(wcce.description().orElseThrow().indonesian())
                .contains("Mengedepankan pemulihan global melalui sektor ekonomi kreatif.");
        assertThat(wcce.description().orElseThrow().english())
                .contains("Global recovery through the creative economy.");
    }

    @Test
    void wcceIsASideEventOfTheG20UnderIndonesiasPresidency() {
        assertThat(wcce().relations()).containsExactly(EventRelation.of(EventRelationKind.SIDE_EVENT_OF, "g20-2022"));
        Event g20 = dossier.event("g20-2022").orElseThrow();

        assertThat(g20.acronym()).contains("G20");
        assertThat(g20.name().indonesian()).contains("Presidensi G20 Indonesia 2022");
        assertThat(g20.start()).as("the article gives no dates for the G20").isEmpty();
        assertThat(g20.location()).isEmpty();
    }

    @Test
    void aldiMonbushoOfAlwasInstituteIndonesiaCommentedElsewhere() {
        assertThat(coverage().commentaries()).hasSize(1);
        Commentary commentary = coverage().commentaries().get(0);
        Person aldi = commentary.commentator();
        Organization alwas = aldi.affiliation().orElseThrow();

        assertThat(aldi.id()).isEqualTo("aldi-monbusho");
        assertThat(aldi.name()).isEqualTo("Aldi Monbusho");
        assertThat(aldi.jobTitle().orElseThrow().indonesian()).contains("Direktur");
        assertThat(aldi.jobTitle().orElseThrow().english()).contains("Director");
        assertThat(alwas.name().in(INDONESIAN)).isEqualTo("Alwas Institute Indonesia");
        assertThat(alwas.kind()).isEqualTo(OrganizationKind.THINK_TANK);
        assertThat(commentary.setting().orElseThrow().indonesian()).contains("Di tempat terpisah");
        assertThat(episodeOne().speaker("aldi-monbusho")).as("he did not speak in the episode").isEmpty();
    }

    @Test
    void aldiMonbushoIsQuotedAndSummarised() {
        Commentary commentary = coverage().commentaries().get(0);

        assertThat(commentary.quotes()).hasSize(1);
        Quote quote = commentary.quotes().get(0);
        assertThat(quote.speakerId()).isEqualTo("aldi-monbusho");
        assertThat(quote.language()).isEqualTo(LanguageTag.INDONESIAN);
        assertThat(quote.form()).isEqualTo(QuoteForm.VERBATIM);
        assertThat(quote.original()).contains(ALDI_SAID);
        assertThat(commentary.summary().orElseThrow().indonesian()).hasValueSatisfying(summary -> assertThat(summary)
                .contains("\"orang Jakarta\"", "media online di daerah"));
    }
}
