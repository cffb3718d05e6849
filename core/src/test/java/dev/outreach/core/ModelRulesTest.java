package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertInvalid;
import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.commentaryBuilder;
import static dev.outreach.core.Fixtures.coverageBuilder;
import static dev.outreach.core.Fixtures.episode;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static dev.outreach.core.Fixtures.event;
import static dev.outreach.core.Fixtures.eventBuilder;
import static dev.outreach.core.Fixtures.guest;
import static dev.outreach.core.Fixtures.organization;
import static dev.outreach.core.Fixtures.organizationBuilder;
import static dev.outreach.core.Fixtures.person;
import static dev.outreach.core.Fixtures.personBuilder;
import static dev.outreach.core.Fixtures.programBuilder;
import static dev.outreach.core.Fixtures.quote;
import static dev.outreach.core.Fixtures.quoteBuilder;
import static dev.outreach.core.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule of the model, shown rejecting: where the violation is reported and what it says.
 */
class ModelRulesTest {

    private static final String REQUIRED = "is required";
    private static final String DUPLICATE = "is a duplicate of an earlier entry";

    @Nested
    class RequiredFields {

        static Stream<Arguments> requiredFields() {
            BilingualText name = text("Name");
            Person aldi = person("aldi-monbusho");
            Organization kemlu = organization("kemlu");
            return Stream.of(
                    missing("Episode.id", () -> Episode.builder().number(1).title(name).build(), "/id"),
                    isNull("Episode.id", () -> episodeBuilder("e", 1).id(null).build(), "/id"),
                    missing("Episode.title", () -> Episode.builder().id("e").number(1).build(), "/title"),
                    isNull("Episode.title", () -> episodeBuilder("e", 1).title(null).build(), "/title"),
                    missing("Episode.number", () -> Episode.builder().id("e").title(name).build(), "/number"),
                    isNull("Episode.number", () -> episodeBuilder("e", 1).number(null).build(), "/number"),
                    missing("EpisodeParticipation.number", () -> EpisodeParticipation.builder().episodeId("e").build(),
                            "/number"),
                    missing("Program.id", () -> Program.builder().name(name).organizer(kemlu)
                            .platform(Platform.X_SPACES).build(), "/id"),
                    isNull("Program.id", () -> programBuilder("p").id(null).build(), "/id"),
                    missing("Program.name", () -> Program.builder().id("p").organizer(kemlu)
                            .platform(Platform.X_SPACES).build(), "/name"),
                    isNull("Program.name", () -> programBuilder("p").name(null).build(), "/name"),
                    missing("Program.organizer", () -> Program.builder().id("p").name(name)
                            .platform(Platform.X_SPACES).build(), "/organizer"),
                    isNull("Program.organizer", () -> programBuilder("p").organizer(null).build(), "/organizer"),
                    missing("Program.platform", () -> Program.builder().id("p").name(name).organizer(kemlu).build(),
                            "/platform"),
                    isNull("Program.platform", () -> programBuilder("p").platform(null).build(), "/platform"),
                    missing("Organization.id", () -> Organization.builder().name(name).kind(OrganizationKind.MINISTRY)
                            .build(), "/id"),
                    isNull("Organization.id", () -> organizationBuilder("o").id(null).build(), "/id"),
                    missing("Organization.name", () -> Organization.builder().id("o").kind(OrganizationKind.MINISTRY)
                            .build(), "/name"),
                    isNull("Organization.name", () -> organizationBuilder("o").name(null).build(), "/name"),
                    missing("Organization.kind", () -> Organization.builder().id("o").name(name).build(), "/kind"),
                    isNull("Organization.kind", () -> organizationBuilder("o").kind(null).build(), "/kind"),
                    missing("Person.id", () -> Person.builder().name("Aldi Monbusho").build(), "/id"),
                    isNull("Person.id", () -> personBuilder("p").id(null).build(), "/id"),
                    missing("Person.name", () -> Person.builder().id("p").build(), "/name"),
                    isNull("Person.name", () -> personBuilder("p").name(null).build(), "/name"),
                    missing("Speaker.person", () -> Speaker.builder().role(SpeakerRole.GUEST).build(), "/person"),
                    isNull("Speaker.person", () -> Speaker.of(null, SpeakerRole.GUEST), "/person"),
                    missing("Speaker.role", () -> Speaker.builder().person(aldi).build(), "/role"),
                    isNull("Speaker.role", () -> Speaker.of(aldi, null), "/role"),
                    missing("Partner.organization", () -> Partner.builder().role(PartnerRole.CO_HOST).build(),
                            "/organization"),
                    isNull("Partner.organization", () -> Partner.of(null, PartnerRole.CO_HOST), "/organization"),
                    missing("Partner.role", () -> Partner.builder().organization(kemlu).build(), "/role"),
                    isNull("Partner.role", () -> Partner.of(kemlu, null), "/role"),
                    missing("Quote.speakerId", () -> Quote.builder().text(text("Words"))
                            .language(LanguageTag.ENGLISH).build(), "/speakerId"),
                    isNull("Quote.speakerId", () -> quoteBuilder("p").speakerId(null).build(), "/speakerId"),
                    missing("Quote.text", () -> Quote.builder().speakerId("p").language(LanguageTag.ENGLISH).build(),
                            "/text"),
                    isNull("Quote.text", () -> quoteBuilder("p").text(null).build(), "/text"),
                    missing("Quote.language", () -> Quote.builder().speakerId("p").text(text("Words")).build(),
                            "/language"),
                    isNull("Quote.language", () -> quoteBuilder("p").language((LanguageTag) null).build(), "/language"),
                    missing("Event.id", () -> Event.builder().name(name).build(), "/id"),
                    isNull("Event.id", () -> eventBuilder("e").id(null).build(), "/id"),
                    missing("Event.name", () -> Event.builder().id("e").build(), "/name"),
                    isNull("Event.name", () -> eventBuilder("e").name(null).build(), "/name"),
                    missing("EventRelation.kind", () -> EventRelation.builder().eventId("g20-2022").build(), "/kind"),
                    isNull("EventRelation.kind", () -> EventRelation.of(null, "g20-2022"), "/kind"),
                    missing("EventRelation.eventId", () -> EventRelation.builder()
                            .kind(EventRelationKind.SIDE_EVENT_OF).build(), "/eventId"),
                    isNull("EventRelation.eventId", () -> EventRelation.of(EventRelationKind.SIDE_EVENT_OF, null),
                            "/eventId"),
                    missing("Place.country", () -> Place.builder().locality("Nusa Dua").build(), "/country"),
                    isNull("Place.country", () -> Place.builder().country((CountryCode) null).build(), "/country"),
                    missing("Coverage.outlet", () -> Coverage.builder().language(LanguageTag.INDONESIAN).build(),
                            "/outlet"),
                    isNull("Coverage.outlet", () -> coverageBuilder().outlet(null).build(), "/outlet"),
                    missing("Coverage.language", () -> Coverage.builder().outlet("DEAL JAKARTA").build(), "/language"),
                    isNull("Coverage.language", () -> coverageBuilder().language((LanguageTag) null).build(),
                            "/language"),
                    missing("Commentary.commentator", () -> Commentary.builder().summary(name).build(),
                            "/commentator"),
                    isNull("Commentary.commentator", () -> commentaryBuilder("aldi").summary(name).commentator(null)
                            .build(), "/commentator"));
        }

        private static Arguments missing(String field, ThrowingCallable building, String pointer) {
            return Arguments.of(field + " missing", building, pointer);
        }

        private static Arguments isNull(String field, ThrowingCallable building, String pointer) {
            return Arguments.of(field + " null", building, pointer);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("requiredFields")
        void rejectsAMissingRequiredField(String field, ThrowingCallable building, String pointer) {
            Violation violation = assertViolation(building, pointer, REQUIRED);

            assertThat(violation.messageKey()).isEqualTo("outreach.required");
        }

        @Test
        void rejectsAnEpisodeWithoutANumberAsMissingWhateverElseIsWrong() {
            Violation violation = assertViolation(() -> Episode.builder().id("road-to-wcce")
                    .title(text("Road to WCCE")).build(), "/number", "is required");
            assertThat(violation.message(new Locale("id"))).isEqualTo("wajib diisi");

            InvalidContentException withAnotherProblem = assertInvalid(() -> Episode.builder().id("Not A Slug")
                    .title(text("Road to WCCE")).build());
            assertThat(withAnotherProblem.violations()).extracting(Violation::pointer, Violation::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/id", "outreach.id.invalid"),
                            org.assertj.core.groups.Tuple.tuple("/number", "outreach.required"));
        }

        @Test
        void namesTheTypeThatCouldNotBeBuilt() {
            assertThat(assertInvalid(() -> Person.builder().build()).typeName()).isEqualTo("Person");
            assertThat(assertInvalid(() -> Episode.builder().build()).typeName()).isEqualTo("Episode");
        }
    }

    @Nested
    class Episodes {

        @ParameterizedTest
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void rejectsAnEpisodeNumberBelowOne(int number) {
            Violation violation = assertViolation(() -> episode("road-to-wcce", number), "/number", "must be 1 or more");

            assertThat(violation.messageKey()).isEqualTo("outreach.min");
            assertThat(violation.parameters()).containsEntry("value", 1L);
        }

        @Test
        void acceptsEpisodeNumberOne() {
            assertThat(episode("road-to-wcce", 1).number()).isEqualTo(1);
        }

        @Test
        void rejectsAQuoteBySomeoneWhoIsNotASpeaker() {
            Violation violation = assertViolation(() -> episodeBuilder("road-to-wcce", 1)
                            .addSpeaker(guest("antonius-yudi-triantoro"))
                            .addQuote(quote("antonius-yudi-triantoro"))
                            .addQuote(quote("muhammad-neil-el-himam"))
                            .build(),
                    "/quotes/1/speakerId", "must name one of the episode's speakers");

            assertThat(violation.path()).isEqualTo("quotes[1].speakerId");
            assertThat(violation.segments()).containsExactly("quotes", 1, "speakerId");
        }

        @Test
        void rejectsTheSameSpeakerTwice() {
            Violation violation = assertViolation(() -> episodeBuilder("road-to-wcce", 1)
                            .addSpeaker(guest("antonius-yudi-triantoro"))
                            .addSpeaker(Speaker.of(person("antonius-yudi-triantoro"), SpeakerRole.HOST))
                            .build(),
                    "/speakers/1/person", DUPLICATE);

            assertThat(violation.path()).isEqualTo("speakers[1].person");
        }

        @Test
        void rejectsTheSamePartnerOrEventTwice() {
            assertViolation(() -> episodeBuilder("road-to-wcce", 1)
                            .addPartnerIds("kemenparekraf", "kemenparekraf").build(),
                    "/partnerIds/1", DUPLICATE);
            assertViolation(() -> episodeBuilder("road-to-wcce", 1)
                            .addEventIds("wcce-2022", "g20-2022", "wcce-2022").build(),
                    "/eventIds/2", DUPLICATE);
        }
    }

    @Nested
    class Programs {

        @Test
        void rejectsTwoEpisodesWithTheSameNumber() {
            Violation violation = assertViolation(() -> programBuilder("kemlu-space")
                            .addEpisode(episode("road-to-wcce", 1))
                            .addEpisode(episode("g20-recap", 1))
                            .build(),
                    "/episodes/1/number", "must be unique within the program");

            assertThat(violation.path()).isEqualTo("episodes[1].number");
            assertThat(violation.messageKey()).isEqualTo("outreach.episode.duplicateNumber");
        }

        @Test
        void rejectsTwoEpisodesWithTheSameId() {
            assertViolation(() -> programBuilder("kemlu-space")
                            .addEpisode(episode("road-to-wcce", 1))
                            .addEpisode(episode("road-to-wcce", 2))
                            .build(),
                    "/episodes/1/id", DUPLICATE);
        }

        @Test
        void rejectsTheSamePartnerTwice() {
            assertViolation(() -> programBuilder("kemlu-space")
                            .addPartner(Partner.of(organization("kemenparekraf"), PartnerRole.CO_HOST))
                            .addPartner(Partner.of(organization("kemenparekraf"), PartnerRole.SPONSOR))
                            .build(),
                    "/partners/1/organization", DUPLICATE);
        }

        @Test
        void rejectsAnEpisodePartnerThatIsNotAPartnerOfTheProgram() {
            Violation violation = assertViolation(() -> programBuilder("kemlu-space")
                            .addPartner(Partner.of(organization("kemenparekraf"), PartnerRole.CO_HOST))
                            .addEpisode(episode("road-to-wcce", 1))
                            .addEpisode(episodeBuilder("g20-recap", 2)
                                    .addPartnerIds("kemenparekraf", "deal-jakarta").build())
                            .build(),
                    "/episodes/1/partnerIds/1", "must name one of the program's partners");

            assertThat(violation.path()).isEqualTo("episodes[1].partnerIds[1]");
        }

        @Test
        void acceptsAnEpisodePartnerThatIsAPartnerOfTheProgram() {
            Program program = programBuilder("kemlu-space")
                    .addPartner(Partner.of(organization("kemenparekraf"), PartnerRole.CO_HOST))
                    .addEpisode(episodeBuilder("road-to-wcce", 1).addPartnerId("kemenparekraf").build())
                    .build();

            assertThat(program.partner("kemenparekraf")).isPresent();
            assertThat(program.episode(1).orElseThrow().partnerIds()).containsExactly("kemenparekraf");
        }
    }

    @Nested
    class Events {

        @Test
        void rejectsAnEndDayBeforeTheStartDay() {
            Violation violation = assertViolation(() -> eventBuilder("wcce-2022")
                            .start(Moment.ofDate(2022, 10, 7))
                            .end(Moment.ofDate(2022, 10, 5))
                            .build(),
                    "/end", "must not be before the start");

            assertThat(violation.messageKey()).isEqualTo("outreach.event.endBeforeStart");
        }

        @Test
        void acceptsAnEventOnOneDayOrOverSeveralDays() {
            assertThat(eventBuilder("wcce-2022").start(Moment.ofDate(2022, 10, 5)).end(Moment.ofDate(2022, 10, 5))
                    .build().end()).contains(Moment.ofDate(2022, 10, 5));
            assertThat(eventBuilder("wcce-2022").start(Moment.ofDate(2022, 10, 5)).end(Moment.ofDate(2022, 10, 7))
                    .build().end()).contains(Moment.ofDate(2022, 10, 7));
        }

        @Test
        void rejectsAnEndInstantBeforeTheStartInstantInAnotherOffset() {
            // 09:30 WITA is 08:30 WIB: before the 09:00 WIB start, though its wall clock is later.
            assertViolation(() -> eventBuilder("wcce-2022")
                            .start(Moment.parse("2022-10-05T09:00+07:00"))
                            .end(Moment.parse("2022-10-05T09:30+08:00"))
                            .build(),
                    "/end", "must not be before the start");
        }

        @Test
        void acceptsAnEndInstantAfterTheStartInstantInAnotherOffset() {
            // 09:30 WIB is 10:30 WITA: after the 10:00 WITA start, though its wall clock is earlier.
            Event event = eventBuilder("wcce-2022")
                    .start(Moment.parse("2022-10-05T10:00+08:00"))
                    .end(Moment.parse("2022-10-05T09:30+07:00"))
                    .build();

            assertThat(event.end()).contains(Moment.parse("2022-10-05T09:30+07:00"));
        }

        @Test
        void rejectsAnEndWithoutAStart() {
            assertViolation(() -> eventBuilder("wcce-2022").end(Moment.ofDate(2022, 10, 7)).build(),
                    "/end", "needs a start");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -3})
        void rejectsAnEditionBelowOne(int edition) {
            assertViolation(() -> eventBuilder("wcce-2022").edition(edition).build(), "/edition", "must be 1 or more");
        }

        @Test
        void rejectsAnEventThatIsItsOwnParent() {
            Violation violation = assertViolation(() -> eventBuilder("wcce-2022")
                            .addRelation(EventRelation.of(EventRelationKind.SIDE_EVENT_OF, "g20-2022"))
                            .addRelation(EventRelation.of(EventRelationKind.PART_OF, "wcce-2022"))
                            .build(),
                    "/relations/1/eventId", "must not name the event itself");

            assertThat(violation.path()).isEqualTo("relations[1].eventId");
        }

        @Test
        void rejectsTheSameRelationOrOrganizerTwice() {
            assertViolation(() -> eventBuilder("wcce-2022")
                            .addRelation(EventRelation.of(EventRelationKind.SIDE_EVENT_OF, "g20-2022"))
                            .addRelation(EventRelation.of(EventRelationKind.PART_OF, "g20-2022"))
                            .build(),
                    "/relations/1/eventId", DUPLICATE);
            assertViolation(() -> eventBuilder("wcce-2022")
                            .addOrganizers(organization("kemenparekraf"), organization("kemenparekraf"))
                            .build(),
                    "/organizers/1/id", DUPLICATE);
        }
    }

    @Nested
    class Dossiers {

        private Program kemluSpace(Episode... episodes) {
            return programBuilder("kemlu-space").addEpisodes(episodes).build();
        }

        private Event sideEventOf(String id, String parentId) {
            return eventBuilder(id).addRelation(EventRelation.of(EventRelationKind.SIDE_EVENT_OF, parentId)).build();
        }

        @Test
        void rejectsAnIdentifierUsedByAProgramAndAnEvent() {
            assertViolation(() -> Dossier.builder().addProgram(kemluSpace()).addEvent(event("kemlu-space")).build(),
                    "/events/0/id", "is a duplicate of an earlier entry");
        }

        @Test
        void rejectsAnEpisodeIdentifierUsedInTwoPrograms() {
            Program other = programBuilder("other-program").addEpisode(episode("episode-1", 1)).build();
            assertViolation(() -> Dossier.builder()
                            .addPrograms(kemluSpace(episode("episode-1", 1)), other).build(),
                    "/programs/1/episodes/0/id", "is a duplicate of an earlier entry");
        }

        @Test
        void rejectsACycleOfEvents() {
            InvalidContentException exception = assertInvalid(() -> Dossier.builder()
                    .addEvents(sideEventOf("wcce-2022", "g20-2022"), sideEventOf("g20-2022", "wcce-2022"))
                    .build());

            assertThat(exception.violations())
                    .extracting(Violation::pointer, Violation::message)
                    .containsExactly(
                            tuple("/events/0/relations/0/eventId",
                                    "must not make the event part of itself through other events"),
                            tuple("/events/1/relations/0/eventId",
                                    "must not make the event part of itself through other events"));
        }

        @Test
        void rejectsALongerCycleOfEvents() {
            InvalidContentException exception = assertInvalid(() -> Dossier.builder()
                    .addEvents(event("g20-2022"), sideEventOf("a", "b"), sideEventOf("b", "c"), sideEventOf("c", "a"))
                    .build());

            assertThat(exception.violations())
                    .extracting(Violation::pointer)
                    .containsExactly("/events/1/relations/0/eventId", "/events/2/relations/0/eventId",
                            "/events/3/relations/0/eventId");
        }

        @Test
        void aCycleFurtherAlongIsReportedOnlyWhereItCloses() {
            InvalidContentException exception = assertInvalid(() -> Dossier.builder()
                    .addEvents(sideEventOf("a", "b"), sideEventOf("b", "c"), sideEventOf("c", "b"))
                    .build());

            assertThat(exception.violations())
                    .extracting(Violation::pointer, Violation::messageKey)
                    .containsExactly(tuple("/events/1/relations/0/eventId", "outreach.event.cycle"),
                            tuple("/events/2/relations/0/eventId", "outreach.event.cycle"));
        }

        @Test
        void anUnknownEventFurtherAlongIsReportedOnlyWhereItIsNamed() {
            assertViolation(() -> Dossier.builder().addEvents(sideEventOf("a", "b"), sideEventOf("b", "zz")).build(),
                    "/events/1/relations/0/eventId", "must name an event of the document");
        }

        @Test
        void acceptsAChainOfEventsWithoutACycle() {
            Dossier dossier = Dossier.builder()
                    .addEvents(sideEventOf("a", "b"), sideEventOf("b", "c"), event("c"))
                    .build();

            assertThat(dossier.event("a")).isPresent();
            assertThat(dossier.event("d")).isEmpty();
        }

        @Test
        void rejectsARelationToAnEventOutsideTheDossier() {
            assertViolation(() -> Dossier.builder().addEvent(sideEventOf("wcce-2022", "g20-2022")).build(),
                    "/events/0/relations/0/eventId", "must name an event of the document");
        }

        @Test
        void rejectsAnEpisodeEventOutsideTheDossier() {
            Violation violation = assertViolation(() -> Dossier.builder()
                            .addProgram(kemluSpace(episodeBuilder("road-to-wcce", 1).addEventId("wcce-2022").build()))
                            .build(),
                    "/programs/0/episodes/0/eventIds/0", "must name an event of the document");

            assertThat(violation.path()).isEqualTo("programs[0].episodes[0].eventIds[0]");
        }

        @Test
        void rejectsCoverageAboutSomethingOutsideTheDossier() {
            Violation violation = assertViolation(() -> Dossier.builder()
                            .addProgram(kemluSpace(episode("road-to-wcce", 1)))
                            .addEvent(event("wcce-2022"))
                            .addCoverage(coverageBuilder()
                                    .addAbout("kemlu-space", "road-to-wcce", "wcce-2022", "g20-2022").build())
                            .build(),
                    "/coverage/0/about/3", "must name a program, episode or event of the document");

            assertThat(violation.messageKey()).isEqualTo("outreach.reference.unknown");
        }

        @Test
        void rejectsTwoProgramsOrTwoEventsWithTheSameId() {
            assertViolation(() -> Dossier.builder().addPrograms(kemluSpace(), kemluSpace()).build(),
                    "/programs/1/id", DUPLICATE);
            assertViolation(() -> Dossier.builder().addEvents(event("wcce-2022"), event("wcce-2022")).build(),
                    "/events/1/id", DUPLICATE);
        }
    }

    @Nested
    class OrganizationsAndPlaces {

        @Test
        void rejectsARegionalOrganizationWithoutProvinces() {
            assertViolation(() -> organizationBuilder("media-bali").kind(OrganizationKind.MEDIA).scope(Scope.REGIONAL)
                            .build(),
                    "/provinces", "must list the provinces of a regional organization");
        }

        @ParameterizedTest
        @ValueSource(strings = {"NATIONAL", "INTERNATIONAL"})
        void rejectsProvincesForAnOrganizationThatIsNotRegional(Scope scope) {
            assertViolation(() -> organizationBuilder("kemlu").scope(scope).addProvince(Subdivision.of("ID-BA"))
                            .build(),
                    "/provinces", "may list provinces only for a regional organization");
        }

        @Test
        void rejectsProvincesForAnOrganizationThatIsNationalByDefault() {
            assertViolation(() -> organizationBuilder("kemlu").addProvince(Subdivision.of("ID-BA")).build(),
                    "/provinces", "may list provinces only for a regional organization");
        }

        @Test
        void acceptsARegionalOrganizationWithItsProvinces() {
            Organization media = organizationBuilder("media-bali").kind(OrganizationKind.MEDIA).scope(Scope.REGIONAL)
                    .addProvinces(Subdivision.of("ID-BA"), Subdivision.of("ID-NB"))
                    .build();

            assertThat(media.provinces()).extracting(Subdivision::code).containsExactly("ID-BA", "ID-NB");
            assertViolation(() -> media.withProvinces(Subdivision.of("ID-BA"), Subdivision.of("ID-BA")),
                    "/provinces/1", DUPLICATE);
        }

        @Test
        void rejectsASubdivisionOutsideThePlacesCountry() {
            assertViolation(() -> Place.builder().subdivision(Subdivision.of("FR-75")).country(CountryCode.INDONESIA)
                            .build(),
                    "/subdivision", "must be a subdivision of the place's country");
            assertViolation(() -> Place.builder().subdivision(Subdivision.of("ID-BA")).country(CountryCode.of("FR"))
                            .build(),
                    "/subdivision", "must be a subdivision of the place's country");
        }

        @Test
        void acceptsAPlaceWithoutASubdivision() {
            Place nusaDua = Place.builder().locality("Nusa Dua").country(CountryCode.INDONESIA).build();

            assertThat(nusaDua.subdivision()).isEmpty();
            assertThat(Place.builder().subdivision(Subdivision.of("FR-75")).country(CountryCode.of("FR")).build()
                    .subdivision()).contains(Subdivision.of("FR-75"));
        }

        @Test
        void placesASubdivisionInItsCountry() {
            Place bali = Place.in(Subdivision.of("ID-BA"));

            assertThat(bali.country()).isEqualTo(CountryCode.INDONESIA);
            assertThat(bali.subdivision()).contains(Subdivision.of("ID-BA"));
        }
    }

    @Nested
    class QuotesAndCommentary {

        @Test
        void rejectsAQuoteWhoseTextLacksItsOriginalLanguage() {
            Violation violation = assertViolation(() -> quoteBuilder("aldi-monbusho")
                            .text(BilingualText.english("The regions surely do not know about the program"))
                            .language(LanguageTag.INDONESIAN)
                            .build(),
                    "/text", "must include the words in the language they were said in");

            assertThat(violation.messageKey()).isEqualTo("outreach.quote.originalMissing");
            assertViolation(() -> quoteBuilder("aldi-monbusho")
                            .text(BilingualText.indonesian("Daerah pasti tidak tahu"))
                            .language(LanguageTag.of("en-GB"))
                            .build(),
                    "/text", "must include the words in the language they were said in");
        }

        @Test
        void acceptsATranslationOfWordsSaidInAThirdLanguage() {
            Quote quote = quoteBuilder("aldi-monbusho")
                    .text(BilingualText.indonesian("Terjemahan kata-kata dalam bahasa Jawa"))
                    .language(LanguageTag.of("jv"))
                    .form(QuoteForm.PARAPHRASE)
                    .build();

            assertThat(quote.original()).isEmpty();
        }

        @Test
        void rejectsCommentaryQuotesBySomeoneOtherThanTheCommentator() {
            Violation violation = assertViolation(() -> commentaryBuilder("aldi-monbusho")
                            .addQuote(quote("aldi-monbusho"))
                            .addQuote(quote("antonius-yudi-triantoro"))
                            .build(),
                    "/quotes/1/speakerId", "must name the commentator");

            assertThat(violation.path()).isEqualTo("quotes[1].speakerId");
        }

        @Test
        void acceptsCommentaryWithASummaryOrAQuoteAlone() {
            assertThat(commentaryBuilder("aldi-monbusho").summary(text("In short")).build().quotes()).isEmpty();
            assertThat(commentaryBuilder("aldi-monbusho").addQuote(quote("aldi-monbusho")).build().summary()).isEmpty();
        }

        @Test
        void rejectsCommentaryWithNeitherSummaryNorQuote() {
            assertViolation(() -> commentaryBuilder("aldi-monbusho").setting(text("Elsewhere")).build(),
                    "/quotes", "needs a summary or at least one quote");
        }
    }

    @Nested
    class NullListElements {

        static Stream<Arguments> listsWithANull() {
            return Stream.of(
                    Arguments.of("Episode.speakers",
                            (ThrowingCallable) () -> episodeBuilder("e", 1).addSpeaker(null).build(), "/speakers/0"),
                    Arguments.of("Episode.quotes",
                            (ThrowingCallable) () -> episodeBuilder("e", 1).addQuote(null).build(), "/quotes/0"),
                    Arguments.of("Episode.partnerIds", (ThrowingCallable) () -> episodeBuilder("e", 1)
                            .addPartnerIds("kemenparekraf", null).build(), "/partnerIds/1"),
                    Arguments.of("Episode.eventIds",
                            (ThrowingCallable) () -> episodeBuilder("e", 1).addEventId(null).build(), "/eventIds/0"),
                    Arguments.of("Program.partners",
                            (ThrowingCallable) () -> programBuilder("p").addPartner(null).build(), "/partners/0"),
                    Arguments.of("Program.episodes",
                            (ThrowingCallable) () -> programBuilder("p").addEpisode(null).build(), "/episodes/0"),
                    Arguments.of("Event.organizers",
                            (ThrowingCallable) () -> eventBuilder("e").addOrganizer(null).build(), "/organizers/0"),
                    Arguments.of("Event.relations",
                            (ThrowingCallable) () -> eventBuilder("e").addRelation(null).build(), "/relations/0"),
                    Arguments.of("Organization.provinces", (ThrowingCallable) () -> organizationBuilder("o")
                            .scope(Scope.REGIONAL).addProvince(null).build(), "/provinces/0"),
                    Arguments.of("Coverage.about",
                            (ThrowingCallable) () -> coverageBuilder().addAbout((String) null).build(), "/about/0"),
                    Arguments.of("Coverage.commentaries",
                            (ThrowingCallable) () -> coverageBuilder().addCommentary(null).build(), "/commentaries/0"),
                    Arguments.of("Commentary.quotes", (ThrowingCallable) () -> commentaryBuilder("aldi")
                            .summary(text("Summary")).addQuote(null).build(), "/quotes/0"),
                    Arguments.of("Dossier.programs",
                            (ThrowingCallable) () -> Dossier.builder().addProgram(null).build(), "/programs/0"),
                    Arguments.of("Dossier.events",
                            (ThrowingCallable) () -> Dossier.builder().addEvent(null).build(), "/events/0"),
                    Arguments.of("Dossier.coverage",
                            (ThrowingCallable) () -> Dossier.builder().addCoverage((Coverage) null).build(), "/coverage/0"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("listsWithANull")
        void rejectsANullElement(String list, ThrowingCallable building, String pointer) {
            assertViolation(building, pointer, REQUIRED);
        }
    }

    @Nested
    class Reporting {

        private ThrowingCallable episodeWithThreeProblems() {
            return () -> Episode.builder().id("Road To WCCE").number(0).build();
        }

        @Test
        void reportsEveryPropertyViolationTogether() {
            InvalidContentException exception = assertInvalid(episodeWithThreeProblems());

            assertThat(exception.violations())
                    .extracting(Violation::pointer, Violation::message)
                    .containsExactly(
                            tuple("/id", "must be a lowercase slug of letters, digits and single hyphens, "
                                    + "at most 64 characters"),
                            tuple("/number", "must be 1 or more"),
                            tuple("/title", REQUIRED));
        }

        @Test
        void reportsEveryConsistencyViolationTogether() {
            InvalidContentException exception = assertInvalid(() -> episodeBuilder("road-to-wcce", 1)
                    .addSpeaker(guest("antonius-yudi-triantoro"))
                    .addSpeaker(guest("antonius-yudi-triantoro"))
                    .addQuote(quote("muhammad-neil-el-himam"))
                    .addQuote(quote("aldi-monbusho"))
                    .addPartnerIds("kemenparekraf", "kemenparekraf")
                    .build());

            assertThat(exception.violations())
                    .extracting(Violation::path, Violation::messageKey)
                    .containsExactlyInAnyOrder(
                            tuple("speakers[1].person", "outreach.duplicate"),
                            tuple("partnerIds[1]", "outreach.duplicate"),
                            tuple("quotes[0].speakerId", "outreach.quote.notASpeaker"),
                            tuple("quotes[1].speakerId", "outreach.quote.notASpeaker"));
        }

        @Test
        void checksConsistencyOnlyOnceEveryPropertyIsValid() {
            assertViolation(() -> episodeBuilder("Road To WCCE", 1).addQuote(quote("aldi-monbusho")).build(),
                    "/id", "must be a lowercase slug of letters, digits and single hyphens, at most 64 characters");
        }

        @Test
        void listsEveryViolationInTheMessage() {
            InvalidContentException exception = assertInvalid(episodeWithThreeProblems());

            assertThat(exception.getMessage()).isEqualTo("Invalid Episode: 3 violation(s)\n"
                    + "  id: must be a lowercase slug of letters, digits and single hyphens, at most 64 characters\n"
                    + "  number: must be 1 or more\n"
                    + "  title: is required");
        }

        @Test
        void givesTheMessageInIndonesianOnlyWhenAskedEvenIfTheDefaultLocaleIsIndonesian() {
            Locale original = Locale.getDefault();
            try {
                Locale.setDefault(new Locale("id"));
                InvalidContentException exception = assertInvalid(episodeWithThreeProblems());

                assertThat(exception.getMessage()).startsWith("Invalid Episode: 3 violation(s)\n")
                        .contains("  title: is required");
                assertThat(exception.getMessage(new Locale("id"))).isEqualTo("Episode tidak valid: 3 pelanggaran\n"
                        + "  id: harus berupa slug huruf kecil dari huruf, angka, dan tanda hubung tunggal, "
                        + "paling banyak 64 karakter\n"
                        + "  number: harus 1 atau lebih\n"
                        + "  title: wajib diisi");
                assertThat(exception.getMessage(new Locale("in"))).isEqualTo(exception.getMessage(new Locale("id")));
                assertThat(exception.getLocalizedMessage()).isEqualTo(exception.getMessage(new Locale("id")));
                assertThat(exception.violations().get(2).message()).isEqualTo(REQUIRED);
                assertThat(exception.violations().get(2).message(new Locale("id"))).isEqualTo("wajib diisi");
            } finally {
                Locale.setDefault(original);
            }
        }

        @Test
        void givesEnglishForAnyOtherLocale() {
            InvalidContentException exception = assertInvalid(episodeWithThreeProblems());

            assertThat(exception.getMessage(Locale.FRENCH)).isEqualTo(exception.getMessage());
            assertThat(exception.getMessage(Locale.ENGLISH)).isEqualTo(exception.getMessage());
        }

        @Test
        void neverPutsTheRejectedValueInTheMessage() {
            String hostile = "${'x'.repeat(9)} #{1+1} {max}";
            InvalidContentException exception = assertInvalid(() -> personBuilder("aldi")
                    .name(hostile.repeat(10))
                    .honorificPrefix(hostile + " ")
                    .build());

            assertThat(exception.violations()).extracting(Violation::message)
                    .containsExactly("must not start or end with white space", "must be at most 128 characters long");
            assertThat(exception.getMessage()).doesNotContain("${", "#{", "xxxxxxxxx", "{max}");
            assertThat(exception.getMessage(new Locale("id"))).doesNotContain("${", "#{", "xxxxxxxxx", "{max}");
        }

        @Test
        void showsAViolationAsPointerAndMessage() {
            Violation violation = Violation.of("outreach.quote.notASpeaker", "quotes", 1, "speakerId");

            assertThat(violation).hasToString("/quotes/1/speakerId: must name one of the episode's speakers");
            assertThat(Violation.of("outreach.bilingual.empty"))
                    .hasToString("/: needs the text in Indonesian, English or both");
        }
    }
}
