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
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

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
        assertThat(types.isOutreach(org.springframework.core.ResolvableType.NONE)).isFalse();
        assertThat(types.isOutreach(String.class, EpisodeDesk.class)).isFalse();
    }

    @Test
    void typeVariablesAreResolvedInTheirClass() throws Exception {
        Type variable = Desk.class.getMethod("echo", Object.class).getGenericParameterTypes()[0];

        assertThat(types.isOutreach(variable)).isFalse();
        assertThat(types.isOutreach(variable, EpisodeDesk.class)).isTrue();
        assertThat(types.isOutreach(variable, null)).isFalse();
        assertThat(types.isOutreach(Episode.class, null)).isTrue();
    }

    @Test
    void aHandlerReadsOutreachContentFromItsBodyOnly() throws Exception {
        assertThat(types.readsOutreachBody(handler(new Endpoints(), "body", Episode.class))).isTrue();
        assertThat(types.readsOutreachBody(handler(new Endpoints(), "optional", Optional.class))).isTrue();
        assertThat(types.readsOutreachBody(handler(new Endpoints(), "entity", HttpEntity.class))).isTrue();
        assertThat(types.readsOutreachBody(handler(new Endpoints(), "notBody", Episode.class))).isFalse();
        assertThat(types.readsOutreachBody(handler(new Endpoints(), "text", String.class))).isFalse();
        assertThat(types.readsOutreachBody(handler(new Endpoints(), "textEntity", HttpEntity.class))).isFalse();
        assertThat(types.readsOutreachBody(handler(new EpisodeDesk(), "echo", Object.class))).isTrue();
        assertThat(types.readsOutreachBody("not a handler method")).isFalse();
    }

    private static HandlerMethod handler(Object bean, String name, Class<?> parameter) throws NoSuchMethodException {
        return new HandlerMethod(bean, bean.getClass().getMethod(name, parameter));
    }

    /** Endpoints as an application writes them. */
    public static class Endpoints {

        public void body(@RequestBody Episode episode) {
        }

        public void optional(@RequestBody Optional<Episode> episode) {
        }

        public void entity(HttpEntity<Episode> entity) {
        }

        public void notBody(Episode episode) {
        }

        public void text(@RequestBody String text) {
        }

        public void textEntity(HttpEntity<String> entity) {
        }
    }

    /** @param <T> the content */
    public abstract static class Desk<T> {

        public T echo(@RequestBody T content) {
            return content;
        }
    }

    /** A desk of episodes. */
    public static class EpisodeDesk extends Desk<Episode> {
    }

    private static Type type(ParameterizedTypeReference<?> reference) {
        return reference.getType();
    }
}
