package dev.outreach.spring;

import dev.outreach.core.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers a request whose Outreach body cannot be read with an RFC 9457 problem detail
 * ({@code application/problem+json}), ahead of the application's and Boot's own handlers, and
 * leaves every other error to them. The problem's texts and messages are in the request's
 * language (Indonesian for {@code Accept-Language: id}, English otherwise).
 */
final class OutreachProblems implements HandlerExceptionResolver, Ordered {

    private static final Log LOG = LogFactory.getLog(OutreachProblems.class);
    private static final String BUNDLE = "dev.outreach.spring.OutreachProblems";

    private final OutreachTypes types;
    private final OutreachContent.ProblemWriter writer;

    OutreachProblems(OutreachTypes types, OutreachContent.ProblemWriter writer) {
        this.types = types;
        this.writer = writer;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        OutreachContentNotReadableException problem = problemOf(ex, handler);
        if (problem == null) {
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

    private OutreachContentNotReadableException problemOf(Exception ex, Object handler) {
        if (ex instanceof OutreachContentNotReadableException) {
            return (OutreachContentNotReadableException) ex;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException && types.readsOutreachBody(handler)) {
            return OutreachContentNotReadableException.unsupportedMediaType();
        }
        return null;
    }

    private void write(OutreachContentNotReadableException problem, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Locale locale = RequestContextUtils.getLocale(request);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, OutreachProblems.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        OutreachProblemType type = problem.type();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", texts.getString(type.code() + ".title"));
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
        } else if (type == OutreachProblemType.MALFORMED_DOCUMENT) {
            body.put("line", problem.line());
            body.put("column", problem.column());
        } else if (type == OutreachProblemType.UNSUPPORTED_MEDIA_TYPE) {
            response.setHeader("Accept", "application/json, application/*+json");
        }
        response.setStatus(type.status());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", texts.getLocale().getLanguage().isEmpty() ? "en" : "id");
        response.getOutputStream().write(writer.write(body));
    }

    private static String detail(OutreachContentNotReadableException problem, ResourceBundle texts) {
        String template = texts.getString(problem.type().code() + ".detail"
                + (problem.type() == OutreachProblemType.INVALID_CONTENT && problem.violations().size() == 1
                        ? ".one" : ""));
        return template.replace("{count}", String.valueOf(problem.violations().size()))
                .replace("{line}", String.valueOf(problem.line()))
                .replace("{column}", String.valueOf(problem.column()));
    }
}
