package dev.outreach.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Episode;
import dev.outreach.core.Violation;
import dev.outreach.jackson.OutreachModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/** The problem details the resolver answers with, and the errors it leaves alone. */
class OutreachProblemsTest {

    private final List<Map<String, Object>> written = new ArrayList<>();
    private final OutreachProblems problems = new OutreachProblems(OutreachTypes.of(new OutreachModule().types()),
            problem -> {
                written.add(problem);
                return "{}".getBytes();
            });
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/episodes");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void invalidContentListsEveryViolationInEnglishWithoutAnAcceptLanguage() throws Exception {
        OutreachContentNotReadableException e = OutreachContentNotReadableException.invalidContent(List.of(
                Violation.of("outreach.min", "number"), Violation.of("outreach.id.invalid", "id")), 0, input());

        ModelAndView handled = problems.resolveException(request, response, handler("outreach"), e);

        assertThat(handled).isNotNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Content-Language")).isEqualTo("en");
        assertThat(response.getHeaders("Vary")).contains("Accept-Language");
        Map<String, Object> body = written.get(0);
        assertThat(body).containsEntry("type", "https://outreach.dev/problems/invalid-content")
                .containsEntry("title", "Invalid Outreach content").containsEntry("status", 400)
                .containsEntry("detail", "The document breaks 2 rules of the Outreach format.")
                .containsEntry("instance", "/episodes");
        assertThat(members(body, "pointer")).containsExactly("/number", "/id");
        assertThat(members(body, "key")).containsExactly("outreach.min", "outreach.id.invalid");
        assertThat(response.getCharacterEncoding()).isEqualTo("UTF-8");
        assertThat(response.getContentAsString()).isEqualTo("{}");
        assertThat(response.getHeader("Accept")).isNull();
        assertThat(body).doesNotContainKey("omittedViolations");
    }

    @Test
    void violationsBeyondThoseKeptAreCountedInTheProblem() {
        OutreachContentNotReadableException e = OutreachContentNotReadableException.invalidContent(
                List.of(Violation.of("outreach.min", "number")), 4, input());

        problems.resolveException(request, response, null, e);

        assertThat(written.get(0)).containsEntry("omittedViolations", 4)
                .containsEntry("detail", "The document breaks 5 rules of the Outreach format.");
        assertThat(members(written.get(0), "pointer")).containsExactly("/number");
    }

    @Test
    void oneViolationIsOneRuleAndNoAcceptLanguageIsEnglishWhateverTheServersLocale() throws Exception {
        MockHttpServletRequest indonesianServer = new MockHttpServletRequest("POST", "/episodes") {
            @Override
            public java.util.Locale getLocale() {
                return java.util.Locale.forLanguageTag("id");
            }
        };
        OutreachContentNotReadableException e = OutreachContentNotReadableException.invalidContent(
                List.of(Violation.of(List.of("number"), "outreach.min", Map.of("value", 1))), 0, input());

        problems.resolveException(indonesianServer, response, handler("outreach"), e);

        assertThat(written.get(0)).containsEntry("detail", "The document breaks 1 rule of the Outreach format.")
                .containsEntry("title", "Invalid Outreach content");
        assertThat(members(written.get(0), "message")).containsExactly("must be 1 or more");
    }

    @Test
    void invalidContentIsInIndonesianForAcceptLanguageId() throws Exception {
        request.addHeader("Accept-Language", "id-ID");
        request.addPreferredLocale(java.util.Locale.forLanguageTag("id-ID"));
        OutreachContentNotReadableException e = OutreachContentNotReadableException.invalidContent(
                List.of(Violation.of("outreach.min", "number")), 0, input());

        problems.resolveException(request, response, handler("outreach"), e);

        Map<String, Object> body = written.get(0);
        assertThat(body).containsEntry("title", "Konten Outreach tidak valid")
                .containsEntry("detail", "Dokumen melanggar 1 aturan format Outreach.");
        assertThat(members(body, "message"))
                .containsExactly(Violation.of("outreach.min", "number").message(java.util.Locale.forLanguageTag("id")));
        assertThat(response.getHeader("Content-Language")).isEqualTo("id");
    }

    @Test
    void aMalformedDocumentGivesItsLineAndColumn() {
        problems.resolveException(request, response, null,
                OutreachContentNotReadableException.malformedDocument(3, 14, input()));

        assertThat(written.get(0)).containsEntry("type", "https://outreach.dev/problems/malformed-document")
                .containsEntry("line", 3).containsEntry("column", 14).containsEntry("detail",
                        "The body is not a well-formed JSON document within the format's read limits (line 3, column 14).");
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void aWrongMediaTypeIsAnsweredOnlyForEndpointsThatReadOutreachContent() throws Exception {
        HttpMediaTypeNotSupportedException e = new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN,
                List.of(MediaType.APPLICATION_JSON));

        assertThat(problems.resolveException(request, response, handler("other"), e)).isNull();
        assertThat(problems.resolveException(request, response, null, e)).isNull();
        assertThat(problems.resolveException(request, response, handler("outreach"), e)).isNotNull();
        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getHeader("Accept")).isEqualTo("application/json, application/*+json");
        assertThat(written.get(0)).containsEntry("type", "https://outreach.dev/problems/unsupported-media-type");
    }

    @Test
    void aRequestWithoutBodyOrMediaTypeIsAnEmptyBodyForOutreachEndpointsOnly() throws Exception {
        HttpMessageNotReadableException e = new HttpMessageNotReadableException("Required request body is missing",
                input());

        assertThat(problems.resolveException(request, response, handler("other"), e)).isNull();
        assertThat(problems.resolveException(request, response, handler("outreach"), e)).isNotNull();
        assertThat(written.get(0)).containsEntry("type", "https://outreach.dev/problems/empty-body")
                .containsEntry("title", "Empty request body");
        MockHttpServletRequest typed = new MockHttpServletRequest("POST", "/episodes");
        typed.setContentType("application/json");
        assertThat(problems.resolveException(typed, new MockHttpServletResponse(), handler("outreach"), e)).isNull();
        MockHttpServletRequest emptyContent = new MockHttpServletRequest("POST", "/episodes");
        emptyContent.setContent(new byte[0]);
        assertThat(problems.resolveException(emptyContent, new MockHttpServletResponse(), handler("outreach"), e))
                .isNotNull();
        MockHttpServletRequest withBody = new MockHttpServletRequest("POST", "/episodes");
        withBody.setContent("x".getBytes());
        assertThat(problems.resolveException(withBody, new MockHttpServletResponse(), handler("outreach"), e))
                .isNull();
    }

    @Test
    void otherErrorsAndCommittedResponsesAreLeftAlone() throws Exception {
        assertThat(problems.resolveException(request, response, handler("outreach"), new IllegalStateException()))
                .isNull();
        response.setCommitted(true);
        assertThat(problems.resolveException(request, response, handler("outreach"),
                OutreachContentNotReadableException.emptyBody(input()))).isNull();
        assertThat(written).isEmpty();
    }

    @Test
    void aProblemThatCannotBeWrittenIsStillHandled() {
        OutreachProblems failing = new OutreachProblems(OutreachTypes.of(new OutreachModule().types()), problem -> {
            throw new IOException("closed");
        });

        assertThat(failing.resolveException(request, response, null, OutreachContentNotReadableException.emptyBody(
                input()))).isNotNull();
        assertThat(response.getStatus()).isEqualTo(400);
    }

    private static List<Object> members(Map<String, Object> body, String member) {
        List<Object> values = new ArrayList<>();
        for (Object violation : (List<?>) body.get("violations")) {
            values.add(((Map<?, ?>) violation).get(member));
        }
        return values;
    }

    private static MockHttpInputMessage input() {
        return new MockHttpInputMessage(new byte[0]);
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        Endpoints endpoints = new Endpoints();
        return "outreach".equals(name)
                ? new HandlerMethod(endpoints, Endpoints.class.getMethod("outreach", Episode.class))
                : new HandlerMethod(endpoints, Endpoints.class.getMethod("other", String.class));
    }

    /** Endpoints as an application writes them. */
    static final class Endpoints {

        public void outreach(@RequestBody Episode episode) {
        }

        public void other(@RequestBody String text) {
        }

        public void entity(HttpEntity<Episode> entity) {
        }

        public void optional(@RequestBody java.util.Optional<Episode> episode) {
        }
    }
}
