package dev.outreach.spring;

import dev.outreach.core.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a request whose Outreach body cannot be read with an RFC 9457 problem detail
 * ({@code application/problem+json}), ahead of the application's and Boot's own handlers, and
 * leaves every other error to them. The problem's texts and messages are in the request's
 * language: Indonesian for {@code Accept-Language: id}, English for any other and for none.
 */
final class OutreachProblems implements HandlerExceptionResolver {

    private static final Log LOG = LogFactory.getLog(OutreachProblems.class);
    private static final Properties ENGLISH = load("OutreachProblems.properties");
    private static final Properties INDONESIAN = load("OutreachProblems_id.properties");

    private final OutreachTypes types;
    private final OutreachContent.ProblemWriter writer;

    OutreachProblems(OutreachTypes types, OutreachContent.ProblemWriter writer) {
        this.types = types;
        this.writer = writer;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        OutreachContentNotReadableException problem = problemOf(ex, handler, request);
        if (problem == null || response.isCommitted()) {
            return null;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug(problem.getMessage());
        }
        try {
            write(problem, request, response);
        } catch (IOException e) {
            LOG.debug("Outreach problem detail not written", e);
        }
        return new ModelAndView();
    }

    private OutreachContentNotReadableException problemOf(Exception ex, Object handler, HttpServletRequest request) {
        if (ex instanceof OutreachContentNotReadableException) {
            return (OutreachContentNotReadableException) ex;
        }
        if (!types.readsOutreachBody(handler)) {
            return null;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return OutreachContentNotReadableException.unsupportedMediaType();
        }
        if (ex instanceof HttpMessageNotReadableException && request.getContentType() == null
                && request.getContentLengthLong() <= 0) {
            // No body and no media type: Spring reads nothing and finds the required body missing.
            return OutreachContentNotReadableException.emptyBody(null);
        }
        return null;
    }

    private void write(OutreachContentNotReadableException problem, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
        boolean indonesian = "id".equals(locale.getLanguage()); // Java reads the old code "in" as "id"
        Properties texts = indonesian ? INDONESIAN : ENGLISH;
        OutreachProblemType type = problem.type();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", texts.getProperty(type.code() + ".title"));
        body.put("status", type.status());
        body.put("detail", detail(problem, texts));
        body.put("instance", request.getRequestURI());
        if (type == OutreachProblemType.INVALID_CONTENT) {
            List<Map<String, Object>> violations = new ArrayList<>();
            for (Violation violation : problem.violations()) {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("pointer", violation.pointer());
                member.put("message", violation.message(locale));
                member.put("key", violation.messageKey());
                violations.add(member);
            }
            body.put("violations", violations);
            if (problem.omitted() > 0) {
                body.put("omittedViolations", problem.omitted());
            }
        } else if (type == OutreachProblemType.MALFORMED_DOCUMENT) {
            body.put("line", problem.line());
            body.put("column", problem.column());
        } else if (type == OutreachProblemType.UNSUPPORTED_MEDIA_TYPE) {
            response.setHeader("Accept", "application/json, application/*+json");
        }
        response.setStatus(type.status());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", indonesian ? "id" : "en");
        response.addHeader("Vary", "Accept-Language");
        response.getOutputStream().write(writer.write(body));
    }

    private static String detail(OutreachContentNotReadableException problem, Properties texts) {
        String template = texts.getProperty(problem.type().code() + ".detail"
                + (problem.type() == OutreachProblemType.INVALID_CONTENT
                        && problem.violations().size() + problem.omitted() == 1
                        ? ".one" : ""));
        return template.replace("{count}", String.valueOf(problem.violations().size() + problem.omitted()))
                .replace("{line}", String.valueOf(problem.line()))
                .replace("{column}", String.valueOf(problem.column()));
    }

    /** Reads a bundle of the texts by hand: a {@code ResourceBundle.Control} is refused in named modules. */
    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = OutreachProblems.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
