package dev.outreach.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.jackson.OutreachJson;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The example application, called over HTTP as a portal would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EpisodeDeskApplicationTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void keepsTheArticlesEpisodeAndGivesItBack() throws Exception {
        String episode = OutreachJson.hardenedMapper().writeValueAsString(KemluSpace.roadToWcce());

        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/episodes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(episode)));
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/episodes/road-to-wcce")).GET());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/episodes/road-to-wcce");
        assertThat(read.body()).isEqualTo(episode);
    }

    @Test
    void anInvalidEpisodeNeverReachesTheController() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/episodes"))
                .header("Content-Type", "application/json").header("Accept-Language", "id")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"bad-number\", \"number\": 0}")));
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/episodes/bad-number")).GET());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"pointer\":\"/number\"", "harus 1 atau lebih");
        assertThat(read.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
