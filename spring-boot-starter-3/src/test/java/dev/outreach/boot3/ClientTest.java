package dev.outreach.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.outreach.core.Episode;
import dev.outreach.core.Violation;
import dev.outreach.samples.KemluSpace;
import dev.outreach.spring.OutreachContentNotReadableException;
import dev.outreach.spring.OutreachProblemType;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/** Boot's {@code RestClient} and {@code RestTemplate} read Outreach content as strictly as the server. */
@SpringBootTest(classes = ContractApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientTest {

    @LocalServerPort
    private int port;
    @Autowired
    private RestClient.Builder restClients;
    @Autowired
    private RestTemplateBuilder restTemplates;

    @Test
    void restClientReadsTheArticlesEpisode() {
        Episode episode = restClient().get().uri("/episodes/road-to-wcce").retrieve().body(Episode.class);

        assertThat(episode).isEqualTo(KemluSpace.roadToWcce());
    }

    @Test
    void restClientGivesTheCallerEveryViolation() {
        Throwable thrown = catchThrowable(() -> restClient().get().uri("/raw/invalid-episode").retrieve()
                .body(Episode.class));

        assertThat(thrown).isInstanceOf(RestClientException.class);
        assertThat(pointers(thrown)).isEqualTo("/id /number");
    }

    @Test
    void restClientRefusesUnknownPropertiesAsTheServerDoes() {
        Throwable thrown = catchThrowable(() -> restClient().get().uri("/raw/unknown-property").retrieve()
                .body(Episode.class));

        assertThat(pointers(thrown)).isEqualTo("/newIn12");
    }

    @Test
    void restTemplateSendsAndReadsEpisodesAndGivesTheViolations() {
        RestTemplate template = restTemplates.rootUri("http://127.0.0.1:" + port).build();

        assertThat(template.postForObject("/episodes", KemluSpace.roadToWcce(), Episode.class))
                .isEqualTo(KemluSpace.roadToWcce());
        Throwable thrown = catchThrowable(() -> template.getForObject("/raw/invalid-episode", Episode.class));
        assertThat(pointers(thrown)).isEqualTo("/id /number");
    }

    private RestClient restClient() {
        return restClients.baseUrl("http://127.0.0.1:" + port).build();
    }

    private static String pointers(Throwable thrown) {
        assertThat(thrown).hasCauseInstanceOf(OutreachContentNotReadableException.class);
        OutreachContentNotReadableException cause = (OutreachContentNotReadableException) thrown.getCause();
        assertThat(cause.type()).isEqualTo(OutreachProblemType.INVALID_CONTENT);
        assertThat(cause.getMessage()).doesNotContain("Road to WCCE");
        return cause.violations().stream().map(Violation::pointer).collect(Collectors.joining(" "));
    }
}
