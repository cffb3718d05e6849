package dev.outreach.spring;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Turns a missing body, where an endpoint requires Outreach content, into the starter's own
 * problem rather than Boot's generic one. An optional body ({@code @RequestBody(required = false)},
 * an {@code Optional} or {@code @Nullable} parameter) stays optional.
 */
@ControllerAdvice
final class EmptyBodyAdvice extends RequestBodyAdviceAdapter {

    private final Class<? extends HttpMessageConverter<?>> converterType;

    EmptyBodyAdvice(Class<? extends HttpMessageConverter<?>> converterType) {
        this.converterType = converterType;
    }

    @Override
    public boolean supports(MethodParameter methodParameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return this.converterType.equals(converterType);
    }

    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
            Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        RequestBody annotation = parameter.getParameterAnnotation(RequestBody.class);
        if (body == null && annotation != null && annotation.required() && !parameter.isOptional()) {
            throw OutreachContentNotReadableException.emptyBody(inputMessage);
        }
        return body;
    }
}
