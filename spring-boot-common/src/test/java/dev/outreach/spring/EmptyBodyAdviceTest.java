package dev.outreach.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.core.Episode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.web.bind.annotation.RequestBody;

/** A missing body is the starter's problem where Outreach content is required, and nowhere else. */
class EmptyBodyAdviceTest {

    private final EmptyBodyAdvice advice = new EmptyBodyAdvice(MappingJackson2HttpMessageConverter.class);
    private final MockHttpInputMessage input = new MockHttpInputMessage(new byte[0]);

    @Test
    void takesOnlyTheBodiesOfTheOutreachConverter() throws Exception {
        assertThat(advice.supports(parameter("required"), Episode.class, MappingJackson2HttpMessageConverter.class))
                .isTrue();
        assertThat(advice.supports(parameter("required"), Episode.class, StringHttpMessageConverter.class)).isFalse();
    }

    @Test
    void aRequiredBodyThatIsMissingIsTheEmptyBodyProblem() {
        assertThatThrownBy(() -> advice.handleEmptyBody(null, input, parameter("required"), Episode.class,
                MappingJackson2HttpMessageConverter.class))
                .isInstanceOfSatisfying(OutreachContentNotReadableException.class,
                        e -> assertThat(e.type()).isEqualTo(OutreachProblemType.EMPTY_BODY));
    }

    @Test
    void anOptionalBodyStaysOptional() throws Exception {
        for (String name : new String[] {"notRequired", "optional", "plain"}) {
            assertThat(advice.handleEmptyBody(null, input, parameter(name), Episode.class,
                    MappingJackson2HttpMessageConverter.class)).as(name).isNull();
        }
        Object body = new Object();
        assertThat(advice.handleEmptyBody(body, input, parameter("required"), Episode.class,
                MappingJackson2HttpMessageConverter.class)).isSameAs(body);
    }

    private static MethodParameter parameter(String name) throws NoSuchMethodException {
        for (java.lang.reflect.Method method : Endpoints.class.getMethods()) {
            if (method.getName().equals(name)) {
                return new MethodParameter(method, 0);
            }
        }
        throw new NoSuchMethodException(name);
    }

    /** Endpoints as an application writes them. */
    static final class Endpoints {

        public void required(@RequestBody Episode episode) {
        }

        public void notRequired(@RequestBody(required = false) Episode episode) {
        }

        public void optional(@RequestBody Optional<Episode> episode) {
        }

        public void plain(Episode episode) {
        }
    }
}
