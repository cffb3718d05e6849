package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertInvalid;
import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.episode;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static dev.outreach.core.Fixtures.event;
import static dev.outreach.core.Fixtures.eventBuilder;
import static dev.outreach.core.Fixtures.guest;
import static dev.outreach.core.Fixtures.organization;
import static dev.outreach.core.Fixtures.programBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Equality of the hand-written value types, the lookups of the model types, the edges of the
 * value factories and of messages, and the rules of a dossier's references.
 */
class ValueEqualityAndLookupTest {

    private static void assertEqualAndHashedAlike(Object a, Object b) {
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }

    private static void assertDifferent(Object a, Object b) {
        assertThat(a).isNotEqualTo(b);
        assertThat(a.hashCode()).as("hash of %s and %s", a, b).isNotEqualTo(b.hashCode());
    }

    @Test
    void subdivisionsAreEqualByCode() {
        assertEqualAndHashedAlike(Subdivision.of("ID-BA"), Subdivision.of("ID-BA"));
        assertDifferent(Subdivision.of("ID-BA"), Subdivision.of("ID-JK"));
        assertDifferent(Subdivision.of("US-CA"), Subdivision.of("US-NY"));
        assertThat(Subdivision.of("ID-BA")).isNotEqualTo("ID-BA");
        assertThat(Subdivision.of("ID-BA").country()).isSameAs(CountryCode.INDONESIA);
    }

    @Test
    void subdivisionCodesHaveOneToThreeCharactersAfterTheCountry() {
        assertThat(Subdivision.of("US-C").code()).isEqualTo("US-C");
        assertThat(Subdivision.of("AU-NSW").code()).isEqualTo("AU-NSW");
        assertThat(Subdivision.of("US-CA").name()).isEmpty();
        for (String bad : List.of("US-", "US-ABCD", "US_CA", "USCA", "", "U-")) {
            assertThat(assertInvalid(() -> Subdivision.of(bad)).violations()).extracting(Violation::messageKey)
                    .as(bad).containsExactly("outreach.subdivision.invalid");
        }
        assertThat(assertInvalid(() -> Subdivision.of("ID-B")).violations()).extracting(Violation::messageKey)
                .containsExactly("outreach.subdivision.unknownProvince");
        assertThat(assertInvalid(() -> Subdivision.of("ID-ABC")).violations()).extracting(Violation::messageKey)
                .containsExactly("outreach.subdivision.unknownProvince");
        assertThat(assertInvalid(() -> Subdivision.of((String) null)).violations()).extracting(Violation::messageKey)
                .containsExactly("outreach.subdivision.invalid");
    }

    @Test
    void momentsAreEqualByDayAndTimeWithItsOffset() {
        Moment day = Moment.ofDate(2022, 10, 4);
        OffsetDateTime seven = OffsetDateTime.of(2022, 10, 4, 19, 0, 0, 0, ZoneOffset.ofHours(7));
        assertEqualAndHashedAlike(day, Moment.ofDate(LocalDate.of(2022, 10, 4)));
        assertEqualAndHashedAlike(Moment.of(seven), Moment.parse("2022-10-04T19:00+07:00"));
        assertDifferent(day, Moment.ofDate(2022, 10, 5));
        assertDifferent(day, Moment.of(seven));
        // The same instant in another offset is another moment: the offset is part of it.
        assertDifferent(Moment.of(seven), Moment.of(seven.withOffsetSameInstant(ZoneOffset.ofHours(8))));
        assertThat(day).isNotEqualTo("2022-10-04");
    }

    @Test
    void momentTextIsAtMost64Characters() {
        assertThat(assertInvalid(() -> Moment.parse("2022-10-04" + " ".repeat(55))).violations())
                .extracting(Violation::messageKey).containsExactly("outreach.moment.invalid");
        assertThat(assertInvalid(() -> Moment.parse("T19:00+07:00")).violations())
                .extracting(Violation::messageKey).containsExactly("outreach.moment.invalid");
        assertThat(Moment.parse("9999-12-31T23:59:59.999999999-18:00").hasTime()).isTrue();
        assertThat(assertInvalid(() -> Moment.parse("+999999999-12-31T23:59:59.999999999-18:00")).violations())
                .extracting(Violation::messageKey).containsExactly("outreach.moment.invalid");
    }

    @Test
    void languageTagsAreEqualByCanonicalTag() {
        assertEqualAndHashedAlike(LanguageTag.of("en-gb"), LanguageTag.of("en-GB"));
        assertDifferent(LanguageTag.of("en"), LanguageTag.of("en-GB"));
        assertThat(LanguageTag.of("id")).isSameAs(LanguageTag.INDONESIAN);
        assertThat(LanguageTag.of("in")).isSameAs(LanguageTag.INDONESIAN);
        assertThat(LanguageTag.of("id-ID")).isNotSameAs(LanguageTag.INDONESIAN).isNotEqualTo(LanguageTag.INDONESIAN);
        assertThat(LanguageTag.of("en")).isNotEqualTo("en");
        assertThat(LanguageTag.of(Locale.forLanguageTag("jv")).toLocale().getLanguage()).isEqualTo("jv");
    }

    @Test
    void languageTagsAreAtMost64Characters() {
        StringBuilder tag = new StringBuilder("en-x");
        while (tag.length() + 9 <= 64) {
            tag.append("-abcdefgh");
        }
        while (tag.length() < 64) {
            tag.append(tag.length() + 2 <= 64 ? "-a" : "a");
        }
        String longest = tag.toString();
        assertThat(longest).hasSize(64);
        assertThat(LanguageTag.of(longest).language()).isEqualTo("en");
        assertThat(assertInvalid(() -> LanguageTag.of(longest + "b")).violations()).extracting(Violation::messageKey)
                .containsExactly("outreach.language.invalid");
        assertThat(assertInvalid(() -> LanguageTag.of("")).violations()).hasSize(1);
        assertThat(assertInvalid(() -> LanguageTag.of((String) null)).violations()).hasSize(1);
    }

    @Test
    void countryCodesAreEqualByCode() {
        assertEqualAndHashedAlike(CountryCode.of("MY"), CountryCode.of("MY"));
        assertDifferent(CountryCode.of("MY"), CountryCode.of("SG"));
        assertThat(CountryCode.of("ID")).isSameAs(CountryCode.INDONESIA);
        assertThat(CountryCode.of("MY")).isNotEqualTo("MY");
        assertThat(CountryCode.of("MY")).hasToString("MY");
    }

    @Test
    void violationsAreEqualByPlaceKeyAndParameters() {
        Violation a = Violation.of(List.of("quotes", 1), "outreach.required", Map.of("max", 3));
        assertEqualAndHashedAlike(a, Violation.of(List.of("quotes", 1), "outreach.required", Map.of("max", 3)));
        assertDifferent(a, Violation.of(List.of("quotes", 2), "outreach.required", Map.of("max", 3)));
        assertDifferent(a, Violation.of(List.of("quotes", 1), "outreach.min", Map.of("max", 3)));
        assertDifferent(a, Violation.of(List.of("quotes", 1), "outreach.required", Map.of("max", 4)));
        assertThat(a).isNotEqualTo("outreach.required");
        assertThat(a.under(List.of("episodes", 0))).isEqualTo(
                Violation.of(List.of("episodes", 0, "quotes", 1), "outreach.required", Map.of("max", 3)));
        assertThat(a.under(List.of())).isEqualTo(a);
        assertThatThrownBy(() -> Violation.of(List.of("a", 1L), "outreach.required", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Violation.of(List.of(1.5), "outreach.required", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Violation.of("outreach.required", "a~b/c")).extracting(Violation::pointer).isEqualTo("/a~0b~1c");
    }

    @Test
    void messagesFallBackToTheKeyAndKeepUnknownPlaceholders() {
        assertThat(Violation.of("outreach.no.such.key").message()).isEqualTo("outreach.no.such.key");
        assertThat(Violation.of("outreach.min").message()).isEqualTo("must be {value} or more");
        assertThat(Violation.of(List.of(), "outreach.min", Map.of("value", 7)).message()).isEqualTo("must be 7 or more");
        assertThat(Violation.of("outreach.required").message(new Locale("in"))).isEqualTo("wajib diisi");
        assertThat(Violation.of("outreach.required").message(Locale.forLanguageTag("id-ID"))).isEqualTo("wajib diisi");
        assertThat(Violation.of("outreach.required").message(Locale.FRENCH)).isEqualTo("is required");
        assertThat(Messages.format("x", Map.of(), Locale.ENGLISH)).isEqualTo("x");
    }

    @Test
    void anExceptionNeedsAViolation() {
        assertThatThrownBy(() -> new InvalidContentException("Episode", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        InvalidContentException e = new InvalidContentException("Episode", List.of(Violation.of("outreach.required")));
        assertThat(e.getMessage()).isEqualTo("Invalid Episode: 1 violation(s)\n  /: is required");
    }

    @Test
    void programsAndEpisodesFindTheirPartsOrNothing() {
        Episode one = episodeBuilder("satu", 1).addSpeaker(guest("aldi")).addSpeaker(guest("yudi")).build();
        Program program = programBuilder("p")
                .addPartner(Partner.of(organization("a"), PartnerRole.CO_HOST))
                .addPartner(Partner.of(organization("b"), PartnerRole.SPONSOR))
                .addEpisode(one).addEpisode(episode("dua", 2)).build();
        assertThat(program.episode(2)).map(Episode::id).contains("dua");
        assertThat(program.episode(1)).contains(one);
        assertThat(program.episode(3)).isEmpty();
        assertThat(program.partner("b")).map(Partner::role).contains(PartnerRole.SPONSOR);
        assertThat(program.partner("c")).isEmpty();
        assertThat(one.speaker("yudi")).map(Speaker::personId).contains("yudi");
        assertThat(one.speaker("neil")).isEmpty();
        Dossier dossier = Dossier.builder().addEvent(event("a")).addEvent(event("b")).build();
        assertThat(dossier.event("b")).map(Event::id).contains("b");
        assertThat(dossier.event("c")).isEmpty();
    }

    @Test
    void aDossierResolvesEveryReferenceAndAllowsSharedAncestors() {
        // A diamond: d is reached through b and through c, which is no cycle.
        Dossier dossier = Dossier.builder()
                .addEvent(event("d"))
                .addEvent(eventBuilder("b").addRelation(EventRelation.of(EventRelationKind.PART_OF, "d")).build())
                .addEvent(eventBuilder("c").addRelation(EventRelation.of(EventRelationKind.PART_OF, "d")).build())
                .addEvent(eventBuilder("a").addRelation(EventRelation.of(EventRelationKind.PART_OF, "b"))
                        .addRelation(EventRelation.of(EventRelationKind.SIDE_EVENT_OF, "c")).build())
                .addProgram(programBuilder("p").addEpisode(episodeBuilder("e", 1).addEventIds("a", "d").build()).build())
                .addCoverage(Fixtures.coverageBuilder().addAbout("p", "e", "c").build())
                .build();
        assertThat(dossier.events()).hasSize(4);
    }

    @Test
    void aCycleThroughSeveralEventsIsFoundAtEachRelationThatCloses() {
        InvalidContentException e = assertInvalid(() -> Dossier.builder()
                .addEvent(eventBuilder("a").addRelation(EventRelation.of(EventRelationKind.PART_OF, "b")).build())
                .addEvent(eventBuilder("b").addRelation(EventRelation.of(EventRelationKind.PART_OF, "c")).build())
                .addEvent(eventBuilder("c").addRelation(EventRelation.of(EventRelationKind.PART_OF, "a"))
                        .addRelation(EventRelation.of(EventRelationKind.PART_OF, "x")).build())
                .addEvent(eventBuilder("x").build())
                .build());
        assertThat(e.violations()).extracting(Violation::pointer).containsExactlyInAnyOrder(
                "/events/0/relations/0/eventId", "/events/1/relations/0/eventId", "/events/2/relations/0/eventId");
    }

    @Test
    void aDossierNamesEveryUnknownReference() {
        assertViolation(() -> Dossier.builder().addEvent(event("a"))
                .addProgram(programBuilder("p").addEpisode(episodeBuilder("e", 1).addEventIds("a", "zz").build()).build())
                .build(), "/programs/0/episodes/0/eventIds/1", "must name an event of the document");
        assertViolation(() -> Dossier.builder().addEvent(eventBuilder("a")
                .addRelation(EventRelation.of(EventRelationKind.PART_OF, "zz")).build()).build(),
                "/events/0/relations/0/eventId", "must name an event of the document");
        assertViolation(() -> Dossier.builder().addEvent(event("a"))
                .addCoverage(Fixtures.coverageBuilder().addAbout("a", "zz").build()).build(),
                "/coverage/0/about/1", "must name a program, episode or event of the document");
    }

    @Test
    void commentaryQuotesAreByTheCommentatorAndPlacesInTheirCountry() {
        assertViolation(() -> Fixtures.commentaryBuilder("aldi").addQuote(Fixtures.quote("aldi"))
                .addQuote(Fixtures.quote("yudi")).build(), "/quotes/1/speakerId", "must name the commentator");
        assertThat(Fixtures.commentaryBuilder("aldi").addQuote(Fixtures.quote("aldi")).build().quotes()).hasSize(1);
        assertViolation(() -> Place.builder().subdivision(Subdivision.of("ID-BA")).country(CountryCode.of("MY")).build(),
                "/subdivision", "must be a subdivision of the place's country");
        assertThat(Place.in(Subdivision.of("US-CA")).country()).isEqualTo(CountryCode.of("US"));
    }
}
