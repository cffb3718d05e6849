package dev.outreach.boot.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * What an application gets from an Outreach starter, tested over HTTP against a real server: a
 * Spring Boot application with the starter and {@link ContractController}, started on a random
 * port, called with the JDK's {@link HttpClient}. Each starter runs this suite as a
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}, once with
 * {@code spring.mvc.problemdetails.enabled} on and once off, and the application sets
 * {@code spring.jackson.property-naming-strategy=SNAKE_CASE} and
 * {@code spring.jackson.serialization.indent-output=true} so that the suite sees its own types
 * keep the application's settings while Outreach content is written as the library writes it.
 */
public abstract class StarterContract {

    /** The problem type of content that breaks the format's rules. */
    public static final String INVALID_CONTENT = "https://outreach.dev/problems/invalid-content";
    /** The problem type of a body that is not a JSON document. */
    public static final String MALFORMED_DOCUMENT = "https://outreach.dev/problems/malformed-document";
    /** The problem type of a missing body. */
    public static final String EMPTY_BODY = "https://outreach.dev/problems/empty-body";
    /** The problem type of a body in another media type than JSON. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "https://outreach.dev/problems/unsupported-media-type";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The port the application under test listens on. */
    @Value("${local.server.port}")
    private int port;

    /** Whether the application runs with Boot's own problem details. */
    @Value("${spring.mvc.problemdetails.enabled:false}")
    private boolean problemDetailsEnabled;

    // --- Outreach values given and taken as the library writes them ---

    @ParameterizedTest
    @ValueSource(strings = {"", "*/*", "application/json", "application/*", "application/json, */*;q=0.8"})
    void getsTheArticlesEpisodeAsTheGoldenDocument(String accept) throws IOException {
        HttpResponse<byte[]> response = send(get("/episodes/road-to-wcce", accept));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        assertThat(text(response)).isEqualTo(compact(fixture("valid/episode-road-to-wcce.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*/*", "application/json"})
    void postedEpisodeRoundTripsByteForByte(String accept) throws IOException {
        String document = compact(fixture("valid/episode-road-to-wcce.json"));

        HttpResponse<byte[]> response = send(post("/episodes", "application/json", document, accept, null));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        assertThat(text(response)).isEqualTo(document);
    }

    @Test
    void listsOfEpisodesRoundTripWrittenByTheStarterNotByTheApplicationsSettings() throws IOException {
        ObjectNode episode = golden();
        episode.remove("outreachFormat");
        String document = "[" + episode + "," + episode + "]";

        HttpResponse<byte[]> response = send(post("/episode-lists", "application/json", document, "*/*", null));

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(text(response)).as("not indented as the application's own types are").doesNotContain("\n");
        JsonNode echoed = JSON.readTree(response.body());
        echoed.forEach(value -> ((ObjectNode) value).remove("outreachFormat"));
        assertThat(echoed).isEqualTo(JSON.readTree(document));
    }

    @Test
    void anEpisodeDeclaredAsAnyTypeIsWrittenByTheStarter() throws IOException {
        HttpResponse<byte[]> response = send(get("/any/road-to-wcce", "*/*"));

        assertThat(text(response)).isEqualTo(compact(fixture("valid/episode-road-to-wcce.json")));
    }

    @Test
    void aGenericControllerOfEpisodesReadsThemStrictly() throws IOException {
        String document = compact(fixture("valid/episode-road-to-wcce.json"));
        HttpResponse<byte[]> echoed = send(post("/desk/episodes", "application/json", document, null, null));
        HttpResponse<byte[]> refused = send(post("/desk/episodes", "application/json",
                golden().put("judul", "x").toString(), null, null));

        assertThat(text(echoed)).isEqualTo(document);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(describe(JSON.readTree(refused.body()))).containsExactly("/judul: is not a property of this object");
    }

    @Test
    void anHttpEntityOfAnEpisodeIsReadStrictly() throws IOException {
        String document = compact(fixture("valid/episode-road-to-wcce.json"));
        HttpResponse<byte[]> echoed = send(post("/entity-episodes", "application/json", document, null, null));
        HttpResponse<byte[]> refused = send(post("/entity-episodes", "application/json",
                golden().put("number", 0).toString(), null, null));

        assertThat(text(echoed)).isEqualTo(document);
        assertThat(describe(JSON.readTree(refused.body()))).containsExactly("/number: must be 1 or more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/optional-episodes", "/optional-wrapped-episodes"})
    void anOptionalBodyStaysOptional(String path) throws IOException {
        HttpResponse<byte[]> none = send(post(path, "application/json", "", null, null));
        HttpResponse<byte[]> some = send(post(path, "application/json",
                compact(fixture("valid/episode-road-to-wcce.json")), null, null));

        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(text(none)).isEqualTo("none");
        assertThat(text(some)).isEqualTo("road-to-wcce");
    }

    @Test
    void theReadLimitsApplyWhateverTheApplicationsSettings() throws IOException {
        ObjectNode longTitle = golden();
        ((ObjectNode) longTitle.get("title")).put("en", "x".repeat(100_001));
        String deep = "{\"id\": " + "[".repeat(70) + "]".repeat(70) + "}";

        JsonNode tooLong = invalidContent(longTitle.toString(), null);
        JsonNode tooDeep = invalidContent(deep, null);

        assertThat(keys(tooLong)).contains("outreach.document.limit");
        assertThat(keys(tooDeep)).contains("outreach.document.limit");
    }

    @Test
    void aViolationInAListIsNamedByItsPlaceInTheList() throws IOException {
        ObjectNode episode = golden();
        episode.remove("outreachFormat");
        String document = "[" + episode + "," + episode.deepCopy().put("number", 0) + "]";

        HttpResponse<byte[]> response = send(post("/episode-lists", "application/json", document, null, null));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(describe(JSON.readTree(response.body()))).containsExactly("/1/number: must be 1 or more");
    }

    // --- Invalid content: a problem with every violation ---

    /** @return the invalid golden documents that are episodes */
    static Stream<String> invalidEpisodes() {
        return fixtureNames("invalid").stream().filter(name -> name.startsWith("episode-") && name.endsWith(".json"));
    }

    @ParameterizedTest
    @MethodSource("invalidEpisodes")
    void invalidGoldenDocumentsGetEveryViolationInEnglish(String name) throws IOException {
        String document = fixture("invalid/" + name);
        List<String> expected = lines(fixture("invalid/" + name.replace(".json", ".expected.txt")));

        JsonNode problem = invalidContent(document, "en");

        assertThat(describe(problem)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("invalidEpisodes")
    void invalidGoldenDocumentsGetEveryViolationInIndonesian(String name) throws IOException {
        inBothLanguages(fixture("invalid/" + name));
    }

    @Test
    void theReadmesFiveMistakesAreEachReportedInBothLanguages() throws IOException {
        String document = "{\"id\": \"Road to WCCE\", \"number\": 0, \"title\": {\"en\": \"Road to WCCE \"},"
                + " \"aired\": \"4/10/2022\", \"judul\": \"Road to WCCE\"}";

        assertThat(describe(invalidContent(document, null))).containsExactly(
                "/title/en: must not start or end with white space",
                "/aired: must be an ISO 8601 date (2022-10-04) or date-time with offset (2022-10-04T19:00+07:00)",
                "/judul: is not a property of this object",
                "/id: must be a lowercase slug of letters, digits and single hyphens, at most 64 characters",
                "/number: must be 1 or more");
        assertThat(describe(invalidContent(document, "id"))).startsWith(
                "/title/en: tidak boleh diawali atau diakhiri spasi",
                "/aired: harus berupa tanggal ISO 8601 (2022-10-04) atau tanggal-waktu dengan offset"
                        + " (2022-10-04T19:00+07:00)",
                "/judul: bukan properti objek ini");
    }

    @Test
    void aBlankTitleIsNamedByItsPointer() throws IOException {
        ObjectNode episode = golden();
        ((ObjectNode) episode.get("title")).put("en", " ");
        ((ObjectNode) episode.get("title")).put("id", "");

        assertThat(pointers(inBothLanguages(episode.toString()))).containsExactlyInAnyOrder("/title/id", "/title/en");
    }

    @Test
    void numberZeroIsNamedByItsPointer() throws IOException {
        ObjectNode episode = golden().put("number", 0);

        assertThat(describe(inBothLanguages(episode.toString()))).containsExactly("/number: must be 1 or more");
    }

    @Test
    void anUnknownPropertyIsRefusedWhateverTheApplicationsJacksonSettings() throws IOException {
        ObjectNode episode = golden().put("judul", "Road to WCCE");

        assertThat(describe(inBothLanguages(episode.toString())))
                .containsExactly("/judul: is not a property of this object");
    }

    @Test
    void aWrongTypeIsNamedByItsPointer() throws IOException {
        ObjectNode episode = golden().put("number", "1");

        assertThat(describe(inBothLanguages(episode.toString()))).containsExactly("/number: must be a whole number");
    }

    @Test
    void aQuoteByANonSpeakerIsNamedByItsPointer() throws IOException {
        ObjectNode episode = golden();
        ((ObjectNode) episode.get("quotes").get(1)).put("speakerId", "aldi-monbusho");

        assertThat(pointers(inBothLanguages(episode.toString()))).containsExactly("/quotes/1/speakerId");
    }

    @Test
    void aDocumentOfGarbageListsTheViolationsKeptAndCountsTheRest() throws IOException {
        StringBuilder document = new StringBuilder("{\"id\": \"road-to-wcce\"");
        for (int i = 0; i < 500; i++) {
            document.append(", \"unknown").append(i).append("\": ").append(i);
        }
        JsonNode problem = invalidContent(document.append('}').toString(), null);

        int kept = problem.get("violations").size();
        assertThat(kept).isLessThan(500);
        assertThat(kept + problem.get("omittedViolations").asInt()).isGreaterThanOrEqualTo(500);
        assertThat(problem.get("detail").asText()).contains(String.valueOf(kept + problem.get("omittedViolations")
                .asInt()));
    }

    @Test
    void theProblemIsAnRfc9457Body() throws IOException {
        HttpResponse<byte[]> response = send(post("/episodes", "application/json",
                golden().put("number", 0).toString(), "application/json", null));
        JsonNode problem = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(problem.get("type").asText()).isEqualTo(INVALID_CONTENT);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("Invalid Outreach content");
        assertThat(problem.get("detail").asText()).isEqualTo("The document breaks 1 rule of the Outreach format.");
        assertThat(problem.get("instance").asText()).isEqualTo("/episodes");
    }

    // --- Bodies that are no document ---

    @ParameterizedTest
    @ValueSource(strings = {"not json", "<episode/>", "GOLDEN trailing"})
    void aBodyThatIsNoJsonDocumentGetsItsOwnProblem(String text) throws IOException {
        String body = text.replace("GOLDEN", compact(fixture("valid/episode-road-to-wcce.json")));
        HttpResponse<byte[]> response = send(post("/episodes", "application/json", body, null, null));
        JsonNode problem = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(problem.get("type").asText()).isEqualTo(MALFORMED_DOCUMENT);
        assertThat(problem.get("line").asInt()).isEqualTo(1);
        assertThat(problem.get("column").asInt()).isPositive();
        assertThat(problem.get("detail").asText()).contains("line 1, column " + problem.get("column").asInt());
        assertThat(text(response)).doesNotContain("json\"").doesNotContain("trailing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": ", "{\"id\": \"a\", \"id\": \"b\"}"})
    void aDocumentThatBreaksOffOrRepeatsAKeyIsAViolationAtItsPointer(String body) throws IOException {
        JsonNode problem = invalidContent(body, null);

        assertThat(pointers(problem)).containsExactly("/id");
        assertThat(problem.get("violations").get(0).get("key").asText()).startsWith("outreach.document.");
        assertThat(text(problem)).doesNotContain("\"b\"");
    }

    @Test
    void anEmptyBodyGetsItsOwnProblem() throws IOException {
        HttpResponse<byte[]> response = send(post("/episodes", "application/json", "", null, "id"));
        JsonNode problem = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(problem.get("type").asText()).isEqualTo(EMPTY_BODY);
        assertThat(problem.get("title").asText()).isEqualTo("Badan permintaan kosong");
    }

    @Test
    void noBodyAndNoMediaTypeIsAnEmptyBody() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri("/episodes")).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30)).build();

        HttpResponse<byte[]> response = send(request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("type").asText()).isEqualTo(EMPTY_BODY);
    }

    @Test
    void aWrongMediaTypeGetsItsOwnProblem() throws IOException {
        HttpResponse<byte[]> response = send(post("/episodes", "text/plain",
                compact(fixture("valid/episode-road-to-wcce.json")), null, null));
        JsonNode problem = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(problem.get("type").asText()).isEqualTo(UNSUPPORTED_MEDIA_TYPE);
        assertThat(response.headers().firstValue("Accept")).hasValueSatisfying(
                accept -> assertThat(accept).contains("application/json"));
    }

    @Test
    void everyProblemSpeaksTheRequestsLanguage() throws IOException {
        String golden = compact(fixture("valid/episode-road-to-wcce.json"));
        HttpResponse<byte[]> malformed = send(post("/episodes", "application/json", "not json", null, "id"));
        HttpResponse<byte[]> mediaType = send(post("/episodes", "text/plain", golden, null, "id-ID"));
        HttpResponse<byte[]> english = send(post("/episodes", "text/plain", golden, null, "ja, en;q=0.5"));

        assertThat(JSON.readTree(malformed.body()).get("title").asText()).isEqualTo("Bukan dokumen JSON");
        assertThat(JSON.readTree(malformed.body()).get("detail").asText()).startsWith("Badan permintaan bukan");
        assertThat(JSON.readTree(mediaType.body()).get("title").asText()).isEqualTo("Jenis media tidak didukung");
        assertThat(JSON.readTree(english.body()).get("title").asText()).isEqualTo("Unsupported media type");
        assertThat(malformed.headers().firstValue("Content-Language")).hasValue("id");
        assertThat(mediaType.headers().firstValue("Content-Language")).hasValue("id");
        assertThat(english.headers().allValues("Vary")).contains("Accept-Language");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void rejectionsAreLoggedAtDebugWithoutTheInput() throws IOException {
        String secret = "Rahasia-" + System.nanoTime();
        ObjectNode episode = golden().put("number", 0).put(secret, secret);
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            invalidContent(episode.toString(), null);
            send(post("/episodes", "application/json", secret + " " + secret, null, null));
        } finally {
            System.setOut(console);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertThat(log).contains("DEBUG").contains("Outreach content refused: 2 violations")
                .contains("Outreach content refused: not a JSON document").doesNotContain(secret);
    }

    // --- The application's own types and errors are left as they were ---

    @Test
    void theApplicationsOwnTypesAreReadAndWrittenAsItConfiguredJackson() throws IOException {
        HttpResponse<byte[]> response = send(post("/notes", "application/json",
                "{\"note_text\": \"Kemlu Space\", \"unknown\": 1}", null, null));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"note_text\": \"Kemlu Space\"}"));
        assertThat(text(response)).as("indented, as the application configured").contains("\n");
    }

    @Test
    void theApplicationsOwnErrorsAreLeftToItsHandlers() throws IOException {
        HttpResponse<byte[]> response = send(post("/notes", "application/json", "not json", null, null));
        JsonNode body = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(text(response)).doesNotContain("outreach.dev");
        if (problemDetailsEnabled) {
            assertThat(contentType(response)).startsWith("application/problem+json");
            assertThat(body.get("detail").asText()).isEqualTo("Failed to read request");
        } else {
            assertThat(body.get("error").asText()).isEqualTo("Bad Request");
        }
    }

    @Test
    void aWrongMediaTypeForTheApplicationsOwnTypesIsLeftToItsHandlers() throws IOException {
        HttpResponse<byte[]> response = send(post("/notes", "text/plain", "x", null, null));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(text(response)).doesNotContain("outreach.dev");
    }

    // --- OpenAPI ---

    @Test
    void theOpenApiComponentOfEpisodeIsTheShippedSchema() throws IOException {
        JsonNode apiDocs = JSON.readTree(send(get("/v3/api-docs", "application/json")).body());
        JsonNode schemas = apiDocs.get("components").get("schemas");
        JsonNode requestBody = apiDocs.at("/paths/~1episodes/post/requestBody/content/application~1json/schema");

        assertThat(requestBody.get("$ref").asText()).isEqualTo("#/components/schemas/dev.outreach.Episode");
        assertThat(schemas.has("Note")).isTrue();
        Schema episode = componentSchema(apiDocs, "dev.outreach.Episode");
        for (String name : fixtureNames("valid")) {
            if (name.startsWith("episode-")) {
                assertThat(episode.validate(fixture("valid/" + name), InputFormat.JSON)).as(name).isEmpty();
            }
        }
        List<String> rejected = new ArrayList<>();
        for (String name : invalidEpisodes().collect(Collectors.toList())) {
            boolean beyondSchema = fixtureNames("invalid").contains(name.replace(".json", ".beyond-schema.txt"));
            List<Error> errors = episode.validate(fixture("invalid/" + name), InputFormat.JSON);
            assertThat(errors.isEmpty()).as(name).isEqualTo(beyondSchema);
            if (!beyondSchema) {
                rejected.add(name);
            }
        }
        assertThat(rejected).isNotEmpty();
        assertThat(episode.validate(golden().put("judul", "x").toString(), InputFormat.JSON)).isNotEmpty();
    }

    // --- helpers ---

    /**
     * @return the English problem of an invalid document, after checking that the Indonesian one
     *         names the same pointers with the messages of the Indonesian bundle
     */
    private JsonNode inBothLanguages(String document) throws IOException {
        JsonNode english = invalidContent(document, "en");
        JsonNode indonesian = invalidContent(document, "id");
        assertThat(pointers(indonesian)).isEqualTo(pointers(english));
        for (int i = 0; i < english.get("violations").size(); i++) {
            JsonNode violation = indonesian.get("violations").get(i);
            assertThat(violation.get("message").asText())
                    .isEqualTo(indonesianMessage(violation.get("key").asText(), english.get("violations").get(i)))
                    .isNotEqualTo(english.get("violations").get(i).get("message").asText());
        }
        assertThat(indonesian.get("title").asText()).isEqualTo("Konten Outreach tidak valid");
        return english;
    }

    private JsonNode invalidContent(String document, String acceptLanguage) throws IOException {
        HttpResponse<byte[]> response = send(post("/episodes", "application/json", document, null, acceptLanguage));
        assertThat(response.statusCode()).as(text(response)).isEqualTo(400);
        assertThat(contentType(response)).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo(INVALID_CONTENT);
        return problem;
    }

    private static String text(JsonNode node) {
        return node.toString();
    }

    private static List<String> describe(JsonNode problem) {
        List<String> lines = new ArrayList<>();
        for (JsonNode violation : problem.get("violations")) {
            lines.add(violation.get("pointer").asText() + ": " + violation.get("message").asText());
        }
        return lines;
    }

    private static List<String> keys(JsonNode problem) {
        List<String> keys = new ArrayList<>();
        for (JsonNode violation : problem.get("violations")) {
            keys.add(violation.get("key").asText());
        }
        return keys;
    }

    private static List<String> pointers(JsonNode problem) {
        List<String> pointers = new ArrayList<>();
        for (JsonNode violation : problem.get("violations")) {
            pointers.add(violation.get("pointer").asText());
        }
        return pointers;
    }

    /** The Indonesian template of a key, with the parameters the English message shows left out of the check. */
    private static String indonesianMessage(String key, JsonNode englishViolation) {
        String template = ResourceBundle.getBundle("ContributorValidationMessages", java.util.Locale.forLanguageTag("id"))
                .getString(key);
        if (!template.contains("{")) {
            return template;
        }
        // A template with parameters: the parameters are the same numbers as in the English message.
        List<String> numbers = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\d+")
                .matcher(englishViolation.get("message").asText());
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        java.util.regex.Matcher parameter = java.util.regex.Pattern.compile("\\{[a-zA-Z]+\\}").matcher(template);
        StringBuilder filled = new StringBuilder();
        int i = 0;
        while (parameter.find()) {
            parameter.appendReplacement(filled, i < numbers.size() ? numbers.get(i++) : parameter.group());
        }
        return parameter.appendTail(filled).toString();
    }

    private static Schema componentSchema(JsonNode apiDocs, String name) {
        String id = "urn:outreach:api-docs";
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(id, apiDocs.toString())));
        return registry.getSchema(SchemaLocation.of(id + "#/components/schemas/" + name));
    }

    private static ObjectNode golden() throws IOException {
        return (ObjectNode) JSON.readTree(fixture("valid/episode-road-to-wcce.json"));
    }

    private HttpRequest get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(30));
        if (accept != null && !accept.isEmpty()) {
            request.header("Accept", accept);
        }
        return request.build();
    }

    private HttpRequest post(String path, String contentType, String body, String accept, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(30));
        if (accept != null && !accept.isEmpty()) {
            request.header("Accept", accept);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return text.lines().filter(line -> !line.isBlank()).collect(Collectors.toList());
    }

    /** @return a golden document as the library writes it: the same tokens, without white space between them */
    static String compact(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fixture(String name) {
        try (InputStream in = StarterContract.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fixtureNames(String folder) {
        URL url = StarterContract.class.getResource("/fixtures/" + folder);
        if (url == null) {
            throw new IllegalStateException("no fixtures folder " + folder);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.provider().getPath(uri));
                }
            }
            return list(Paths.get(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString().replace("/", "")).sorted()
                    .collect(Collectors.toList());
        }
    }
}
