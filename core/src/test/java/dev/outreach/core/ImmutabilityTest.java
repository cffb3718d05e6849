package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.episode;
import static dev.outreach.core.Fixtures.guest;
import static dev.outreach.core.Fixtures.organization;
import static dev.outreach.core.Fixtures.programBuilder;
import static dev.outreach.core.Fixtures.quote;
import static dev.outreach.core.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values are equal by content, never change, and are validated however they are made. */
class ImmutabilityTest {

    private static Episode roadToWcce() {
        return Episode.builder()
                .id("road-to-wcce")
                .number(1)
                .title(BilingualText.of("Road to WCCE", "Road to WCCE"))
                .aired(Moment.ofDate(2022, 10, 4))
                .addSpeaker(Speaker.of(Person.builder()
                        .id("antonius-yudi-triantoro")
                        .name("Antonius Yudi Triantoro")
                        .affiliation(organization("kemlu"))
                        .build(), SpeakerRole.GUEST))
                .addQuote(quote("antonius-yudi-triantoro"))
                .addPartnerId("kemenparekraf")
                .addEventId("wcce-2022")
                .build();
    }

    @Test
    void valuesBuiltTwiceAreEqualWithEqualHashCodes() {
        Episode first = roadToWcce();
        Episode second = roadToWcce();

        assertThat(first).isNotSameAs(second).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(BilingualText.of("Kemlu Space", null)).isEqualTo(BilingualText.indonesian("Kemlu Space"))
                .hasSameHashCodeAs(BilingualText.indonesian("Kemlu Space"));
        assertThat(Moment.parse("2022-10-04T19:00+07:00")).isEqualTo(Moment.parse("2022-10-04T19:00:00+07:00"))
                .hasSameHashCodeAs(Moment.parse("2022-10-04T19:00:00+07:00"));
        Subdivision listedBali = Subdivision.provincesOfIndonesia().stream()
                .filter(province -> province.name().equals(Optional.of("Bali")))
                .findFirst().orElseThrow();
        assertThat(Subdivision.of("ID-BA")).isNotSameAs(listedBali).isEqualTo(listedBali)
                .hasSameHashCodeAs(listedBali);
    }

    @Test
    void valuesThatDifferInOneFieldAreNotEqual() {
        Episode episode = roadToWcce();

        assertThat(episode.withNumber(2)).isNotEqualTo(episode);
        assertThat(episode.withAired(Moment.parse("2022-10-04T19:00+07:00"))).isNotEqualTo(episode);
        assertThat(episode.withPartnerIds()).isNotEqualTo(episode);
        assertThat(BilingualText.of("Kemlu Space", "Kemlu Space")).isNotEqualTo(BilingualText.indonesian("Kemlu Space"));
    }

    @Test
    void withCopiesChangeOneFieldAndLeaveTheOriginalUnchanged() {
        Episode original = roadToWcce();

        Episode renamed = original.withTitle(BilingualText.english("Road to WCCE 2022"));

        assertThat(renamed.title()).isEqualTo(BilingualText.english("Road to WCCE 2022"));
        assertThat(renamed.id()).isEqualTo("road-to-wcce");
        assertThat(renamed.speakers()).isEqualTo(original.speakers());
        assertThat(original.title()).isEqualTo(BilingualText.of("Road to WCCE", "Road to WCCE"));
        assertThat(original).isEqualTo(roadToWcce());
    }

    @Test
    void withCopiesAreValidated() {
        Episode original = roadToWcce();

        assertViolation(() -> original.withNumber(0), "/number", "must be 1 or more");
        assertViolation(() -> original.withTitle(text("t".repeat(201))), "/title", "must be at most 200 characters long");
        assertViolation(() -> original.withTitle(null), "/title", "is required");
        assertViolation(() -> original.withId("Road To WCCE"), "/id",
                "must be a lowercase slug of letters, digits and single hyphens, at most 64 characters");

        assertThat(original).isEqualTo(roadToWcce());
        assertThat(original.number()).isEqualTo(1);
    }

    @Test
    void withCopiesAreCheckedForConsistency() {
        Episode original = roadToWcce();
        Program program = programBuilder("kemlu-space").addEpisode(episode("road-to-wcce", 1)).build();

        assertViolation(() -> original.withQuotes(quote("aldi-monbusho")),
                "/quotes/0/speakerId", "must name one of the episode's speakers");
        assertViolation(() -> original.withSpeakers(), "/quotes/0/speakerId", "must name one of the episode's speakers");
        assertViolation(() -> program.withEpisodes(episode("road-to-wcce", 1), episode("g20-recap", 1)),
                "/episodes/1/number", "must be unique within the program");
        assertThat(program.episodes()).hasSize(1);
    }

    @Test
    void returnedListsAreUnmodifiable() {
        Episode episode = roadToWcce();
        Episode twoSpeakers = episode.withSpeakers(guest("antonius-yudi-triantoro"), guest("muhammad-neil-el-himam"));
        Episode noSpeakers = episode.withQuotes().withSpeakers();

        assertThatThrownBy(() -> episode.speakers().add(guest("aldi-monbusho")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> twoSpeakers.speakers().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> noSpeakers.speakers().add(guest("aldi-monbusho")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> episode.quotes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> episode.partnerIds().set(0, "deal-jakarta"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> episode.eventIds().add("g20-2022")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Dossier.builder().build().events().add(Fixtures.event("g20-2022")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Subdivision.provincesOfIndonesia().remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(episode.speakers()).hasSize(1);
        assertThat(twoSpeakers.speakers()).hasSize(2);
    }

    @Test
    void exceptionsAndViolationsAreUnmodifiable() {
        InvalidContentException exception = ContentAssertions.assertInvalid(() -> Episode.builder().build());
        Violation violation = exception.violations().get(0);

        assertThatThrownBy(() -> exception.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> violation.segments().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> violation.parameters().put("max", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void buildersCopyTheListsTheyAreGiven() {
        List<Speaker> speakers = new ArrayList<>(List.of(guest("antonius-yudi-triantoro")));
        List<String> partnerIds = new ArrayList<>(List.of("kemenparekraf", "deal-jakarta"));

        Episode episode = Episode.builder()
                .id("road-to-wcce")
                .number(1)
                .title(text("Road to WCCE"))
                .speakers(speakers)
                .addAllPartnerIds(partnerIds)
                .build();
        speakers.add(guest("muhammad-neil-el-himam"));
        speakers.set(0, guest("aldi-monbusho"));
        partnerIds.clear();

        assertThat(episode.speakers()).extracting(Speaker::personId).containsExactly("antonius-yudi-triantoro");
        assertThat(episode.partnerIds()).containsExactly("kemenparekraf", "deal-jakarta");
    }

    @Test
    void withCopiesCopyTheListsTheyAreGiven() {
        List<Speaker> speakers = new ArrayList<>(List.of(guest("antonius-yudi-triantoro"), guest("muhammad-neil-el-himam")));

        Episode episode = roadToWcce().withSpeakers(speakers);
        speakers.clear();

        assertThat(episode.speakers()).extracting(Speaker::personId)
                .containsExactly("antonius-yudi-triantoro", "muhammad-neil-el-himam");
    }

    @Test
    void aBuilderUsedAgainDoesNotChangeWhatItBuilt() {
        Episode.Builder builder = Episode.builder().id("road-to-wcce").number(1).title(text("Road to WCCE"))
                .addPartnerId("kemenparekraf");
        Episode first = builder.build();

        builder.addPartnerId("deal-jakarta").number(2);

        assertThat(first.partnerIds()).containsExactly("kemenparekraf");
        assertThat(first.number()).isEqualTo(1);
        assertThat(builder.build().partnerIds()).containsExactly("kemenparekraf", "deal-jakarta");
    }

    @Test
    void toStringNamesTheTypeAndItsValues() {
        assertThat(roadToWcce().toString())
                .startsWith("Episode{")
                .contains("id=road-to-wcce", "number=1", "aired=2022-10-04", "partnerIds=[kemenparekraf]",
                        "eventIds=[wcce-2022]", "Road to WCCE", "antonius-yudi-triantoro");
        assertThat(BilingualText.of("Kemlu Space", "Kemlu Space"))
                .hasToString("BilingualText{indonesian=Kemlu Space, english=Kemlu Space, others={}, directions={}}");
        assertThat(EventRelation.of(EventRelationKind.SIDE_EVENT_OF, "g20-2022"))
                .hasToString("EventRelation{kind=SIDE_EVENT_OF, eventId=g20-2022}");
        assertThat(LanguageTag.of("en-gb")).hasToString("en-GB");
        assertThat(CountryCode.INDONESIA).hasToString("ID");
        assertThat(Subdivision.of("ID-BA")).hasToString("ID-BA");
    }
}
