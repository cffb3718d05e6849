package dev.outreach.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.outreach.core.Episode;
import dev.outreach.core.Violation;
import dev.outreach.jackson.OutreachModule;
import dev.outreach.samples.KemluSpace;
import dev.outreach.spring.OutreachContentNotReadableException;
import dev.outreach.spring.OutreachProblemType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;

/** Which bodies the converter takes, and what a caller learns of one it cannot read. */
class OutreachHttpMessageConverterTest {

    private static final Type EPISODES = new ParameterizedTypeReference<List<Episode>>() { }.getType();
    private static final Type STRINGS = new ParameterizedTypeReference<List<String>>() { }.getType();

    private final OutreachHttpMessageConverter converter = new OutreachHttpMessageConverter(new OutreachModule(), false);

    @Test
    void takesOutreachTypesCollectionsOfThemAndValuesThatAreThem() {
        MediaType json = MediaType.APPLICATION_JSON;
        assertThat(converter.canRead(EPISODES, null, json)).isTrue();
        assertThat(converter.canRead(STRINGS, null, json)).isFalse();
        assertThat(converter.canRead(Episode.class, json)).isTrue();
        assertThat(converter.canRead(String.class, json)).isFalse();
        assertThat(converter.canRead(Episode.class, MediaType.APPLICATION_XML)).isFalse();
        assertThat(converter.canWrite(EPISODES, java.util.ArrayList.class, json)).isTrue();
        assertThat(converter.canWrite(Object.class, Episode.class, json)).isTrue();
        assertThat(converter.canWrite(null, Episode.class, json)).isTrue();
        assertThat(converter.canWrite(STRINGS, java.util.ArrayList.class, json)).isFalse();
        assertThat(converter.canWrite(EPISODES, java.util.ArrayList.class, MediaType.APPLICATION_XML)).isFalse();
        assertThat(converter.canWrite(Episode.class, json)).isTrue();
        assertThat(converter.canWrite(String.class, json)).isFalse();
        assertThat(converter.getSupportedMediaTypes()).contains(json, new MediaType("application", "*+json"));
        assertThat(converter.supports(Episode.class)).isTrue();
        assertThat(converter.supports(String.class)).isFalse();
    }

    @Test
    void anInvalidDocumentGivesEveryViolationAndNoInput() {
        String document = "{\"id\": \"Road to WCCE\", \"number\": 0}";

        OutreachContentNotReadableException e = catchThrowableOfType(OutreachContentNotReadableException.class,
                () -> converter.read(Episode.class, null, input(document)));
        OutreachContentNotReadableException e2 = catchThrowableOfType(OutreachContentNotReadableException.class,
                () -> converter.read(EPISODES, null, input("[" + document + "]")));

        assertThat(e.type()).isEqualTo(OutreachProblemType.INVALID_CONTENT);
        assertThat(e.violations()).extracting(Violation::pointer).containsExactly("/id", "/number", "/title");
        assertThat(e.getMessage()).doesNotContain("Road to WCCE");
        assertThat(e.getCause()).isNull();
        assertThat(e2.violations()).extracting(Violation::pointer).containsExactly("/0/id", "/0/number", "/0/title");
    }

    @Test
    void aBodyThatIsNoJsonGivesItsPlace() {
        OutreachContentNotReadableException e = catchThrowableOfType(OutreachContentNotReadableException.class,
                () -> converter.read(Episode.class, null, input("\n  nope")));

        assertThat(e.type()).isEqualTo(OutreachProblemType.MALFORMED_DOCUMENT);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).doesNotContain("nope");
    }

    @Test
    void whatItWritesItReadsBack() throws Exception {
        String document = new String(write(KemluSpace.roadToWcce()), StandardCharsets.UTF_8);

        Object episode = converter.read(Episode.class, null, input(document));

        assertThat(episode).isEqualTo(KemluSpace.roadToWcce());
    }

    @Test
    void aReadByClassIsAsStrict() throws Exception {
        assertThat(converter.read(Episode.class, input(new String(write(KemluSpace.roadToWcce()),
                StandardCharsets.UTF_8)))).isEqualTo(KemluSpace.roadToWcce());
        OutreachContentNotReadableException e = catchThrowableOfType(OutreachContentNotReadableException.class,
                () -> converter.read(Episode.class, input("{\"judul\": 1}")));
        assertThat(e.violations()).extracting(Violation::pointer).contains("/judul");
    }

    @Test
    void anEmptyStreamIsSpringsOwnError() {
        HttpMessageNotReadableException e = catchThrowableOfType(HttpMessageNotReadableException.class,
                () -> converter.read(Episode.class, null, input("")));

        assertThat(e).isNotNull();
    }

    private byte[] write(Object value) throws Exception {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        converter.write(value, value.getClass(), MediaType.APPLICATION_JSON, output);
        return output.getBodyAsBytes();
    }

    private static MockHttpInputMessage input(String json) {
        MockHttpInputMessage input = new MockHttpInputMessage(json.getBytes(StandardCharsets.UTF_8));
        input.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        return input;
    }
}
