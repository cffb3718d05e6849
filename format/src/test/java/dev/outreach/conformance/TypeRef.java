package dev.outreach.conformance;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A generic type captured by a subclass, {@code new TypeRef<List<Episode>>() {}.type()}, for the
 * suites to hand to either Jackson version without its own {@code TypeReference}.
 *
 * @param <T> the type
 */
public abstract class TypeRef<T> {

    private final Type type;

    /** Captures the type argument of the subclass. */
    protected TypeRef() {
        this.type = ((ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
    }

    /** @return the captured type */
    public Type type() {
        return type;
    }
}
