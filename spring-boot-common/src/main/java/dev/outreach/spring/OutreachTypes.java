package dev.outreach.spring;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Which Java types are Outreach content: a model type, or an array or collection of one. The
 * starters' converters take these and leave every other type to the application's.
 */
public final class OutreachTypes {

    private final Set<Class<?>> types;

    private OutreachTypes(Set<Class<?>> types) {
        this.types = Set.copyOf(types);
    }

    /**
     * @param types the model types, as the Jackson module names them
     * @return the test of which types are Outreach content
     */
    public static OutreachTypes of(Set<Class<?>> types) {
        return new OutreachTypes(types);
    }

    /**
     * @param type a Java type, such as {@code Episode}, {@code Episode[]} or {@code List<Episode>}
     * @return whether it is a model type, or an array or collection of one
     */
    public boolean isOutreach(Type type) {
        if (type instanceof Class) {
            Class<?> raw = (Class<?>) type;
            return raw.isArray() ? isOutreach(raw.getComponentType()) : types.contains(raw);
        }
        if (type instanceof GenericArrayType) {
            return isOutreach(((GenericArrayType) type).getGenericComponentType());
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType parameterized = (ParameterizedType) type;
            return parameterized.getRawType() instanceof Class
                    && Collection.class.isAssignableFrom((Class<?>) parameterized.getRawType())
                    && parameterized.getActualTypeArguments().length == 1
                    && isOutreach(parameterized.getActualTypeArguments()[0]);
        }
        return false;
    }

    /** @return whether a handler method reads its request body as Outreach content */
    boolean readsOutreachBody(Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return false;
        }
        for (MethodParameter parameter : ((HandlerMethod) handler).getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)
                    && isOutreach(parameter.getGenericParameterType())) {
                return true;
            }
            if (HttpEntity.class.isAssignableFrom(parameter.getParameterType())
                    && isOutreach(ResolvableType.forMethodParameter(parameter).getGeneric(0).getType())) {
                return true;
            }
        }
        return false;
    }
}
