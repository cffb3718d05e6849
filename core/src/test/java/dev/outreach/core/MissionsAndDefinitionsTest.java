package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertInvalid;
import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.commentaryBuilder;
import static dev.outreach.core.Fixtures.coverageBuilder;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static dev.outreach.core.Fixtures.eventBuilder;
import static dev.outreach.core.Fixtures.organization;
import static dev.outreach.core.Fixtures.organizationBuilder;
import static dev.outreach.core.Fixtures.personBuilder;
import static dev.outreach.core.Fixtures.programBuilder;
import static dev.outreach.core.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Diplomatic missions with their host country, organizations above organizations, the roles of a
 * ministry's own people, and one definition for each organization's and person's identifier.
 */
class MissionsAndDefinitionsTest {

    private static final Locale INDONESIAN = new Locale("id");
    private static final String CONFLICT = "must be the same organization wherever its identifier appears in this value";
    private static final String CONFLICT_ID = "harus organisasi yang sama di mana pun pengenalnya muncul dalam nilai ini";

    static Organization kemlu() {
        return Organization.builder().id("kemlu").name(BilingualText.indonesian("Kementerian Luar Negeri"))
                .acronym("Kemlu").kind(OrganizationKind.MINISTRY).build();
    }

    static Organization.Builder kbriTokyo() {
        return Organization.builder().id("kbri-tokyo").name(BilingualText.indonesian("KBRI Tokyo"))
                .acronym("KBRI Tokyo").kind(OrganizationKind.DIPLOMATIC_MISSION).hostCountry(CountryCode.of("JP"))
                .parentOrganization(kemlu());
    }

    /** Kemlu with another kind: the same identifier for another organization. */
    static Organization otherKemlu() {
        return Organization.copyOf(kemlu()).withKind(OrganizationKind.GOVERNMENT_AGENCY);
    }

    @Nested
    class Missions {

        @Test
        void holdsAnEmbassyInItsHostCountryBelongingToTheMinistry() {
            Organization kbri = kbriTokyo().build();

            assertThat(kbri.kind().code()).isEqualTo("diplomatic-mission");
            assertThat(kbri.hostCountry()).contains(CountryCode.of("JP"));
            assertThat(kbri.parentOrganization()).contains(kemlu());
            assertThat(OrganizationKind.fromCode("diplomatic-mission")).isSameAs(OrganizationKind.DIPLOMATIC_MISSION);
        }

        @Test
        void rejectsAMissionWithoutItsHostCountry() {
            Violation violation = assertViolation(() -> kbriTokyo().hostCountry(java.util.Optional.empty()).build(),
                    "/hostCountry", "must name the host country of a diplomatic mission");
            assertThat(violation.message(INDONESIAN)).isEqualTo("harus menyebut negara penerima perwakilan diplomatik");
        }

        @Test
        void rejectsAHostCountryForAnyOtherKind() {
            Violation violation = assertViolation(() -> organizationBuilder("kemlu").hostCountry(CountryCode.of("JP"))
                            .build(),
                    "/hostCountry", "may name a host country only for a diplomatic mission");
            assertThat(violation.message(INDONESIAN))
                    .isEqualTo("hanya boleh menyebut negara penerima untuk perwakilan diplomatik");
        }

        @Test
        void namesTheRolesOfAMinistrysOwnPeople() {
            assertThat(SpeakerRole.fromCode("spokesperson")).isSameAs(SpeakerRole.SPOKESPERSON);
            assertThat(SpeakerRole.fromCode("interpreter")).isSameAs(SpeakerRole.INTERPRETER);
            assertThat(SpeakerRole.fromCode("master-of-ceremonies")).isSameAs(SpeakerRole.MASTER_OF_CEREMONIES);
        }
    }

    @Nested
    class Parents {

        @Test
        void rejectsAnOrganizationThatIsItsOwnParent() {
            Violation violation = assertViolation(() -> organizationBuilder("kemlu").parentOrganization(kemlu()).build(),
                    "/parentOrganization/id", "must not be the organization itself, directly or further up");
            assertThat(violation.message(INDONESIAN))
                    .isEqualTo("tidak boleh organisasi itu sendiri, langsung maupun lebih ke atas");
        }

        @Test
        void rejectsAnOrganizationAboveItselfFurtherUp() {
            Organization directorate = organizationBuilder("dit-infomed").parentOrganization(kemlu()).build();

            assertViolation(() -> organizationBuilder("kemlu").parentOrganization(directorate).build(),
                    "/parentOrganization/parentOrganization/id",
                    "must not be the organization itself, directly or further up");
        }

        @Test
        void takesEightOrganizationsAboveOneAndNoMore() {
            Organization above = organization("level-0");
            for (int i = 1; i < Organization.MAX_PARENTS; i++) {
                above = organizationBuilder("level-" + i).parentOrganization(above).build();
            }
            Organization eightAbove = above;
            Organization lowest = organizationBuilder("lowest").parentOrganization(eightAbove).build();
            assertThat(lowest.parentOrganization()).contains(eightAbove);

            Violation violation = assertViolation(() -> organizationBuilder("below").parentOrganization(lowest).build(),
                    "/parentOrganization", "must not have more than 8 organizations above it");
            assertThat(violation.message(INDONESIAN)).isEqualTo("tidak boleh memiliki lebih dari 8 organisasi di atasnya");
            assertThat(violation.parameters()).containsEntry("max", 8);
        }
    }

    @Nested
    class OneDefinitionPerIdentifier {

        @Test
        void rejectsTwoKemlusInADossierAtBothPlacesInBothLanguages() {
            InvalidContentException exception = assertInvalid(() -> Dossier.builder()
                    .addProgram(programBuilder("kemlu-space").organizer(kemlu()).build())
                    .addEvent(eventBuilder("wcce-2022").addOrganizer(otherKemlu()).build())
                    .build());

            assertThat(exception.violations()).extracting(Violation::pointer, Violation::message)
                    .containsExactly(tuple("/programs/0/organizer", CONFLICT), tuple("/events/0/organizers/0", CONFLICT));
            assertThat(exception.violations()).extracting(v -> v.message(INDONESIAN)).containsOnly(CONFLICT_ID);
        }

        @Test
        void acceptsTheSameOrganizationWhereverItAppears() {
            Organization kbri = kbriTokyo().build();
            Dossier dossier = Dossier.builder()
                    .addProgram(programBuilder("kemlu-space").organizer(kemlu())
                            .addPartner(Partner.of(kbri, PartnerRole.CO_HOST))
                            .addEpisode(episodeBuilder("e1", 1).addSpeaker(Speaker.of(personBuilder("a")
                                    .affiliation(kbri).build(), SpeakerRole.GUEST)).build())
                            .build())
                    .addEvent(eventBuilder("wcce-2022").addOrganizer(kemlu()).addOrganizer(kbri).build())
                    .build();

            assertThat(dossier.programs()).hasSize(1);
        }

        @Test
        void reportsTheFirstPlaceOnceAndEachPlaceThatDiffers() {
            InvalidContentException exception = assertInvalid(() -> Dossier.builder()
                    .addProgram(programBuilder("one").organizer(kemlu()).build())
                    .addProgram(programBuilder("two").organizer(kemlu()).build())
                    .addProgram(programBuilder("three").organizer(otherKemlu()).build())
                    .addProgram(programBuilder("four").organizer(otherKemlu()).build())
                    .build());

            assertThat(exception.violations()).extracting(Violation::pointer).containsExactly(
                    "/programs/0/organizer", "/programs/2/organizer", "/programs/3/organizer");
        }

        @Test
        void comparesAParentByItsIdentifierAndChecksItWhereItAppears() {
            Organization kbriUnderOtherKemlu = kbriTokyo().parentOrganization(otherKemlu()).build();

            InvalidContentException exception = assertInvalid(() -> programBuilder("kemlu-space").organizer(kemlu())
                    .addPartner(Partner.of(kbriTokyo().build(), PartnerRole.CO_HOST))
                    .addPartner(Partner.of(Organization.copyOf(kbriUnderOtherKemlu).withId("kjri-osaka"),
                            PartnerRole.CO_HOST))
                    .build());

            assertThat(exception.violations()).extracting(Violation::pointer).containsExactly(
                    "/organizer", "/partners/1/organization/parentOrganization");
        }

        @Test
        void rejectsOneMissionUnderParentsOfTwoIdentifiers() {
            Organization underAnotherMinistry = kbriTokyo().parentOrganization(organization("kemenparekraf")).build();

            InvalidContentException exception = assertInvalid(() -> programBuilder("kemlu-space").organizer(kemlu())
                    .addPartner(Partner.of(kbriTokyo().build(), PartnerRole.CO_HOST))
                    .addEpisode(episodeBuilder("e1", 1).addSpeaker(Speaker.of(personBuilder("a")
                            .affiliation(underAnotherMinistry).build(), SpeakerRole.GUEST)).build())
                    .build());

            assertThat(exception.violations()).extracting(Violation::pointer).containsExactly(
                    "/partners/0/organization", "/episodes/0/speakers/0/person/affiliation");
        }

        @Test
        void rejectsAnOrganizationOfAProgramThatDiffersFromItsOrganizer() {
            InvalidContentException exception = assertInvalid(() -> programBuilder("kemlu-space").organizer(kemlu())
                    .addEpisode(episodeBuilder("e1", 1).addSpeaker(Speaker.of(personBuilder("a")
                            .affiliation(otherKemlu()).build(), SpeakerRole.SPOKESPERSON)).build())
                    .build());

            assertThat(exception.violations()).extracting(Violation::pointer).containsExactly(
                    "/organizer", "/episodes/0/speakers/0/person/affiliation");
        }

        @Test
        void rejectsTwoAffiliationsOfOneIdentifierInAnEpisode() {
            InvalidContentException exception = assertInvalid(() -> episodeBuilder("e1", 1)
                    .addSpeaker(Speaker.of(personBuilder("a").affiliation(kemlu()).build(), SpeakerRole.HOST))
                    .addSpeaker(Speaker.of(personBuilder("b").affiliation(otherKemlu()).build(), SpeakerRole.GUEST))
                    .build());

            assertThat(exception.violations()).extracting(Violation::pointer).containsExactly(
                    "/speakers/0/person/affiliation", "/speakers/1/person/affiliation");
        }

        @Test
        void rejectsAnEventWhoseOrganizersDisagreeOnAParent() {
            InvalidContentException exception = assertInvalid(() -> eventBuilder("wcce-2022")
                    .addOrganizer(kbriTokyo().build()).addOrganizer(otherKemlu()).build());

            assertThat(exception.violations()).extracting(Violation::pointer).containsExactly(
                    "/organizers/0/parentOrganization", "/organizers/1");
        }

        @Test
        void rejectsOnePersonWithTwoNamesInADossierAndAcceptsAnotherJobTitle() {
            Person neil = personBuilder("neil").name("Muhammad Neil El Himam").build();
            Program program = programBuilder("kemlu-space").addEpisode(episodeBuilder("e1", 1)
                    .addSpeaker(Speaker.of(neil, SpeakerRole.GUEST)).build()).build();
            Person later = Person.copyOf(neil).withJobTitle(text("Deputi"));
            assertThat(Dossier.builder().addProgram(program)
                    .addCoverage(coverageBuilder().addCommentary(Commentary.builder().commentator(later)
                            .summary(text("Said")).build()).build())
                    .build().coverage()).hasSize(1);

            Person renamed = Person.copyOf(neil).withName("Neil");
            InvalidContentException exception = assertInvalid(() -> Dossier.builder().addProgram(program)
                    .addCoverage(coverageBuilder().addCommentary(Commentary.builder().commentator(renamed)
                            .summary(text("Said")).build()).build())
                    .build());

            assertThat(exception.violations()).extracting(Violation::pointer, Violation::message).containsExactly(
                    tuple("/programs/0/episodes/0/speakers/0/person",
                            "must have the same name wherever the person's identifier appears in this value"),
                    tuple("/coverage/0/commentaries/0/commentator",
                            "must have the same name wherever the person's identifier appears in this value"));
            assertThat(exception.violations().get(0).message(INDONESIAN))
                    .isEqualTo("harus bernama sama di mana pun pengenal orang itu muncul dalam nilai ini");
        }

        @Test
        void rejectsTwoCommentatorsOfOneIdentifierInAnArticle() {
            InvalidContentException exception = assertInvalid(() -> coverageBuilder()
                    .addCommentary(commentaryBuilder("aldi").summary(text("One")).build())
                    .addCommentary(Commentary.builder().commentator(personBuilder("aldi").name("Aldi").build())
                            .summary(text("Two")).build())
                    .build());

            assertThat(exception.violations()).extracting(Violation::pointer).containsExactly(
                    "/commentaries/0/commentator", "/commentaries/1/commentator");
        }
    }
}
