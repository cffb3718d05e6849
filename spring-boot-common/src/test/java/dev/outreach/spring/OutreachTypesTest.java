package dev.outreach.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Episode;
import dev.outreach.jackson.OutreachModule;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;

/** Which Java types the starters treat as Outreach content. */
class OutreachTypesTest {

    private final OutreachTypes types = OutreachTypes.of(new OutreachModule().types());

    @Test
    void modelTypesAndArraysAndCollectionsOfThemAreOutreachContent() {
        assertThat(types.isOutreach(Episode.class)).isTrue();
        assertThat(types.isOutreach(Episode[].class)).isTrue();
        assertThat(types.isOutreach(type(new ParameterizedTypeReference<List<Episode>>() { }))).isTrue();
        assertThat(types.isOutreach(type(new ParameterizedTypeReference<Set<Episode>>() { }))).isTrue();
        assertThat(types.isOutreach(type(new ParameterizedTypeReference<List<Episode>[]>() { }))).isTrue();
    }

    @Test
    void otherTypesAreLeftToTheApplication() {
        assertThat(types.isOutreach(String.class)).isFalse();
        assertThat(types.isOutreach(List.class)).isFalse();
        assertThat(types.isOutreach(type(new ParameterizedTypeReference<List<String>>() { }))).isFalse();
        assertThat(types.isOutreach(type(new ParameterizedTypeReference<Map<String, Episode>>() { }))).isFalse();
        assertThat(types.isOutreach(type(new ParameterizedTypeReference<Optional<Episode>>() { }))).isFalse();
        assertThat(OutreachTypes.of(Set.of()).isOutreach(Episode.class)).isFalse();
    }

    private static Type type(ParameterizedTypeReference<?> reference) {
        return reference.getType();
    }
}
