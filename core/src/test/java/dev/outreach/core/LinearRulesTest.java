package dev.outreach.core;

import static dev.outreach.core.Fixtures.episodeBuilder;
import static dev.outreach.core.Fixtures.event;
import static dev.outreach.core.Fixtures.eventBuilder;
import static dev.outreach.core.Fixtures.guest;
import static dev.outreach.core.Fixtures.organization;
import static dev.outreach.core.Fixtures.programBuilder;
import static dev.outreach.core.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every rule between values costs work in proportion to the size of the value it checks, valid
 * or not: the steps each rule counts ({@link Problems#visit()}) at a size ten times larger are
 * about ten times as many (at most 11 times, for what does not grow with the size), where a
 * quadratic rule takes a hundred times as many. Work is counted, never timed.
 */
class LinearRulesTest {

    private static final int SIZE = 300;

    /** The steps the rules between the value's properties take (its parts are checked when built). */
    private static long work(Consistent value) {
        Problems problems = new Problems();
        value.checkConsistency(problems);
        return problems.visits();
    }

    /** Asserts that {@code work} at ten times {@link #SIZE} is at most 11 times the work at SIZE. */
    private static void assertLinear(IntFunction<Long> work) {
        long small = work.apply(SIZE);
        long large = work.apply(10 * SIZE);
        assertThat(small).as("steps at size %d", SIZE).isGreaterThanOrEqualTo(SIZE);
        assertThat(large).as("steps at size %d, against %d at size %d", 10 * SIZE, small, SIZE)
                .isLessThanOrEqualTo(11 * small);
    }

    private static String id(String prefix, int i) {
        return prefix + "-" + i;
    }

    private static EventRelation partOf(String eventId) {
        return EventRelation.of(EventRelationKind.PART_OF, eventId);
    }

    /** Events that are each part of the one before: the chain that made the cycle check quadratic. */
    private static List<Event> chain(int size) {
        List<Event> events = new ArrayList<>(size);
        events.add(event(id("event", 0)));
        for (int i = 1; i < size; i++) {
            events.add(eventBuilder(id("event", i)).addRelation(partOf(id("event", i - 1))).build());
        }
        return events;
    }

    @Test
    void aChainOfEventsEachPartOfTheOneBefore() {
        assertLinear(size -> work(Dossier.builder().addAllEvents(chain(size)).build()));
    }

    @Test
    void eventsEachPartOfTheTwoBefore() {
        assertLinear(size -> {
            List<Event> events = new ArrayList<>(chain(2));
            for (int i = 2; i < size; i++) {
                events.add(eventBuilder(id("event", i))
                        .addRelations(partOf(id("event", i - 1)), partOf(id("event", i - 2))).build());
            }
            return work(Dossier.builder().addAllEvents(events).build());
        });
    }

    @Test
    void eventsInOneLargeCycleAreEachReportedOnce() {
        assertLinear(size -> {
            List<Event> events = new ArrayList<>(chain(size));
            events.set(0, eventBuilder(id("event", 0)).addRelation(partOf(id("event", size - 1))).build());
            Problems problems = new Problems();
            EventGraph.checkRelations(events, problems);
            assertThat(problems.found()).hasSize(size)
                    .allSatisfy(violation -> assertThat(violation.messageKey()).isEqualTo("outreach.event.cycle"));
            return problems.visits();
        });
    }

    @Test
    void relationsToEventsNotInTheDossierAreEachReportedOnce() {
        assertLinear(size -> {
            List<Event> events = new ArrayList<>(chain(size));
            Collections.reverse(events); // the first now names one not there
            events.set(size - 1, eventBuilder(id("event", 0)).addRelation(partOf("missing")).build());
            Problems problems = new Problems();
            EventGraph.checkRelations(events, problems);
            assertThat(problems.found()).extracting(Violation::messageKey)
                    .containsExactly("outreach.reference.unknownEvent");
            return problems.visits();
        });
    }

    @Test
    void aDossierOfManyProgramsEpisodesEventsAndArticles() {
        assertLinear(size -> {
            Dossier.Builder dossier = Dossier.builder();
            for (int i = 0; i < size; i++) {
                dossier.addProgram(programBuilder(id("program", i))
                        .addEpisode(episodeBuilder(id("episode", i), 1).addEventId(id("event", i)).build())
                        .build());
                dossier.addEvent(event(id("event", i)));
                dossier.addCoverage(Fixtures.coverageBuilder()
                        .addAbout(id("program", i), id("episode", i), id("event", i)).build());
            }
            return work(dossier.build());
        });
    }

    @Test
    void aProgramOfManyPartnersAndEpisodes() {
        assertLinear(size -> {
            Program.Builder program = programBuilder("program");
            List<String> partnerIds = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                program.addPartner(Partner.of(organization(id("partner", i)), PartnerRole.CO_HOST));
                partnerIds.add(id("partner", i));
            }
            for (int i = 0; i < size; i++) {
                program.addEpisode(episodeBuilder(id("episode", i), i + 1).addPartnerIds(id("partner", i)).build());
            }
            program.addEpisode(episodeBuilder("all-partners", size + 1).addAllPartnerIds(partnerIds).build());
            return work(program.build());
        });
    }

    @Test
    void anEpisodeOfManySpeakersQuotesPartnersAndEvents() {
        assertLinear(size -> {
            Episode.Builder episode = episodeBuilder("episode", 1);
            for (int i = 0; i < size; i++) {
                episode.addSpeaker(guest(id("person", i)))
                        .addQuote(quote(id("person", i)))
                        .addPartnerIds(id("partner", i))
                        .addEventIds(id("event", i));
            }
            return work(episode.build());
        });
    }

    @Test
    void anEventOfManyOrganizersAndRelations() {
        assertLinear(size -> {
            Event.Builder event = eventBuilder("event");
            for (int i = 0; i < size; i++) {
                event.addOrganizer(organization(id("organizer", i))).addRelation(partOf(id("event", i)));
            }
            return work(event.build());
        });
    }

    @Test
    void aCommentaryOfManyQuotes() {
        assertLinear(size -> {
            Commentary.Builder commentary = Fixtures.commentaryBuilder("aldi");
            for (int i = 0; i < size; i++) {
                commentary.addQuote(quote("aldi"));
            }
            return work(commentary.build());
        });
    }

    @Test
    void uniquenessInALongListWhereEveryKeyIsTheSame() {
        assertLinear(size -> {
            Problems problems = new Problems();
            problems.requireUnique(Collections.nCopies(size, "same"), Function.identity(), "items", null,
                    "outreach.duplicate");
            assertThat(problems.found()).hasSize(size - 1);
            return problems.visits();
        });
    }

    @Test
    void theReachOfAProgramChecksTheThirtyEightProvincesWhateverItsSize() {
        IntFunction<Long> work = size -> {
            Program.Builder program = programBuilder("program");
            for (int i = 0; i < size; i++) {
                program.addPartner(Partner.of(Fixtures.organizationBuilder(id("media", i))
                        .kind(OrganizationKind.MEDIA).scope(Scope.REGIONAL)
                        .addProvince(Subdivision.provincesOfIndonesia().get(i % 38)).build(), PartnerRole.MEDIA_PARTNER));
                program.addEpisode(episodeBuilder(id("episode", i), i + 1).addPartnerIds(id("media", i)).build());
            }
            return work(ReachReport.of(program.build()));
        };
        assertThat(work.apply(SIZE)).isEqualTo(2L * 38).isEqualTo(work.apply(10 * SIZE));
    }

    /** A mission under the ministry, as each place of the dossiers below holds it. */
    private static Organization mission(String id, Organization parent) {
        return Fixtures.organizationBuilder(id).kind(OrganizationKind.DIPLOMATIC_MISSION)
                .hostCountry(CountryCode.of("JP")).parentOrganization(parent).build();
    }

    @Test
    void oneDefinitionPerIdentifierInADossierWhereEveryPlaceNamesTheMinistry() {
        assertLinear(size -> {
            Organization kemlu = organization("kemlu");
            Dossier.Builder dossier = Dossier.builder();
            for (int i = 0; i < size; i++) {
                Organization mission = mission(id("mission", i), kemlu);
                dossier.addProgram(programBuilder(id("program", i))
                        .addPartner(Partner.of(mission, PartnerRole.CO_HOST))
                        .addEpisode(episodeBuilder(id("episode", i), 1).addSpeaker(Speaker.of(Fixtures
                                .personBuilder(id("person", i)).affiliation(mission).build(), SpeakerRole.GUEST))
                                .build())
                        .build());
                dossier.addEvent(eventBuilder(id("event", i)).addOrganizer(mission).build());
            }
            return work(dossier.build());
        });
    }

    @Test
    void oneDefinitionPerIdentifierWhenEveryOtherPlaceDisagrees() {
        assertLinear(size -> {
            // The dossier cannot be built: its parts are checked as the dossier checks them.
            Problems problems = new Problems();
            Definitions definitions = new Definitions(problems);
            for (int i = 0; i < size; i++) {
                Organization kemlu = Fixtures.organizationBuilder("kemlu").acronym(i % 2 == 0 ? "Kemlu" : "MoFA").build();
                definitions.program(programBuilder(id("program", i)).organizer(kemlu).build(), "programs", i);
                definitions.event(eventBuilder(id("event", i)).addOrganizer(mission(id("mission", i), kemlu)).build(),
                        "events", i);
            }
            assertThat(problems.found()).hasSize(size + 1).allSatisfy(violation ->
                    assertThat(violation.messageKey()).isEqualTo("outreach.organization.conflict"));
            return problems.visits();
        });
    }
}
