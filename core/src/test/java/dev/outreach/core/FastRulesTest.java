package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FastRules} reads the same annotations Hibernate Validator checks. Every rule test of
 * this module goes through it (a value it wrongly passed would not be rejected); these tests
 * cover what it does with types it can or cannot check.
 */
class FastRulesTest {

    private static final List<Class<?>> MODEL = List.of(BilingualText.class, Organization.class, Person.class,
            Speaker.class, Quote.class, Episode.class, Partner.class, Program.class, Place.class,
            EventRelation.class, Event.class, Commentary.class, Coverage.class, Dossier.class, PartnerGroup.class,
            EpisodeParticipation.class, ReachReport.class);

    @Test
    void everyTypeOfTheModelIsCheckedWithoutAskingTheValidator() {
        assertThat(MODEL).allSatisfy(type -> assertThat(FastRules.of(type)).as(type.getSimpleName()).isPresent());
    }

    @Test
    void aValidValuePasses() {
        assertThat(FastRules.of(Person.class).orElseThrow()
                .passes(Person.builder().id("aldi-monbusho").name("Aldi Monbusho").build())).isTrue();
    }

    @Test
    void aTypeWithAnUnknownConstraintIsLeftToTheValidator() {
        assertThat(FastRules.of(ContactProbe.class)).isEmpty();
        ContentAssertions.assertViolation(() -> ContactProbe.builder().email("not an address").build(),
                "/email", "is not valid text");
        assertThat(ContactProbe.builder().email("humas@kemlu.go.id").build().email()).isEqualTo("humas@kemlu.go.id");
    }

    @Test
    void aTypeThatIsNotGeneratedIsLeftToTheValidator() {
        assertThat(FastRules.of(String.class)).isEmpty();
        assertThat(FastRules.of(Object.class)).isEmpty();
    }
}
