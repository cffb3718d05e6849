package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lookup that {@link Validators#check} uses gives the very rules of {@link FastRules#of},
 * and null where that gives none; a rule of consistency that finds nothing leaves no list behind.
 */
class FastRulesLookupTest {

    @Test
    void theDirectLookupGivesTheCachedRulesOrNull() {
        for (Class<?> type : List.of(Episode.class, Person.class, Quote.class, Organization.class)) {
            assertThat(FastRules.forType(type)).as(type.getSimpleName())
                    .isNotNull()
                    .isSameAs(FastRules.of(type).orElseThrow())
                    .isSameAs(FastRules.forType(type));
        }
        assertThat(FastRules.forType(ContactProbe.class)).isNull();
        assertThat(FastRules.forType(String.class)).isNull();
    }

    @Test
    void problemsHaveNoneUntilOneIsReported() {
        Problems problems = new Problems();
        assertThat(problems.any()).isFalse();
        assertThat(problems.found()).isEmpty();

        problems.report("outreach.duplicate", "quotes", 1);
        problems.report("outreach.text.tooLong", Map.of("max", 3), "title");

        assertThat(problems.any()).isTrue();
        assertThat(problems.found()).extracting(Violation::pointer).containsExactly("/quotes/1", "/title");
        assertThat(problems.found()).extracting(Violation::messageKey)
                .containsExactly("outreach.duplicate", "outreach.text.tooLong");
    }
}
