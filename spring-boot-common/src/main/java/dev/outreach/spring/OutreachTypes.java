package dev.outreach.spring;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Set;
import org.springframework.core.GenericTypeResolver;
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
        return isOutreach(ResolvableType.forType(type));
    }

    /**
     * @param type         a Java type, possibly a type variable of a generic controller
     * @param contextClass the class the type is declared in, to resolve its type variables; may be null
     * @return whether the resolved type is a model type, or an array or collection of one
     */
    public boolean isOutreach(Type type, Class<?> contextClass) {
        return isOutreach(contextClass == null ? type : GenericTypeResolver.resolveType(type, contextClass));
    }

    /**
     * @param type a resolvable type
     * @return whether it is a model type, or an array or collection of one
     */
    public boolean isOutreach(ResolvableType type) {
        if (type.isArray()) {
            return isOutreach(type.getComponentType());
        }
        Class<?> raw = type.resolve();
        if (raw == null) {
            return false;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return isOutreach(type.asCollection().getGeneric(0));
        }
        return types.contains(raw);
    }

    /** @return whether a handler method reads its request body as Outreach content */
    boolean readsOutreachBody(Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return false;
        }
        for (MethodParameter parameter : ((HandlerMethod) handler).getMethodParameters()) {
            ResolvableType type = ResolvableType.forMethodParameter(parameter.nestedIfOptional());
            if (parameter.hasParameterAnnotation(RequestBody.class) && isOutreach(type)) {
                return true;
            }
            if (HttpEntity.class.isAssignableFrom(parameter.getParameterType()) && isOutreach(type.getGeneric(0))) {
                return true;
            }
        }
        return false;
    }
}
