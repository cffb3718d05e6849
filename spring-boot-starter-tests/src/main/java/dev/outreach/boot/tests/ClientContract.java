package dev.outreach.boot.tests;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * The client side of a starter: Boot's {@code RestClient} and {@code RestTemplate} builders read
 * Outreach content as strictly as the server, and give the caller every violation. Each starter
 * runs it as a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} of an application with
 * {@link ContractController}.
 */
public abstract class ClientContract {

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private RestClient.Builder restClients;

    /**
     * @param rootUri the address of the application under test
     * @return a template made by the Boot generation's {@code RestTemplateBuilder}
     */
    protected abstract RestTemplate restTemplate(String rootUri);

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
        RestTemplate template = restTemplate(root());

        assertThat(template.postForObject("/episodes", KemluSpace.roadToWcce(), Episode.class))
                .isEqualTo(KemluSpace.roadToWcce());
        Throwable thrown = catchThrowable(() -> template.getForObject("/raw/invalid-episode", Episode.class));
        assertThat(pointers(thrown)).isEqualTo("/id /number");
    }

    private RestClient restClient() {
        return restClients.baseUrl(root()).build();
    }

    private String root() {
        return "http://127.0.0.1:" + port;
    }

    private static String pointers(Throwable thrown) {
        assertThat(thrown).hasCauseInstanceOf(OutreachContentNotReadableException.class);
        OutreachContentNotReadableException cause = (OutreachContentNotReadableException) thrown.getCause();
        assertThat(cause.type()).isEqualTo(OutreachProblemType.INVALID_CONTENT);
        assertThat(cause.getMessage()).doesNotContain("Road to WCCE");
        return cause.violations().stream().map(Violation::pointer).collect(Collectors.joining(" "));
    }
}
