package dev.outreach.boot3;

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

/** Which Java types are Outreach content: a model type, or an array or collection of one. */
final class OutreachTypes {

    private final Set<Class<?>> types;

    OutreachTypes(Set<Class<?>> types) {
        this.types = Set.copyOf(types);
    }

    boolean isOutreach(Type type) {
        if (type instanceof Class) {
            Class<?> type1 = (Class<?>) type;
            return type1.isArray() ? isOutreach(type1.getComponentType()) : types.contains(type1);
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
