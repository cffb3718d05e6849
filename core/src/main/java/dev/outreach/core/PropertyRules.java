package dev.outreach.core;

import java.lang.reflect.Method;
import java.util.List;
import java.util.OptionalInt;

/**
 * Checks one property value against the rules declared on it, without building a value: for
 * forms that check a field as it is typed, and for readers that could not build a value (a part
 * of it was bad) but still want to report every other property's problems.
 *
 * <p>Rules that relate several properties (unique numbers, references) are not checked here:
 * they need the whole value.
 */
public final class PropertyRules {

    private PropertyRules() {
    }

    /**
     * @param type     a model type, such as {@code Episode.class}
     * @param property the property's name in the model, such as {@code "number"}
     * @param value    the value; an {@link java.util.Optional} for an optional property, a
     *                 {@link List} for a list
     * @return the violations, at {@code property}; empty when the value keeps the rules
     * @throws IllegalArgumentException if the type has no such property
     */
    public static List<Violation> check(Class<?> type, String property, Object value) {
        return Validators.checkValue(type, property, value);
    }

    /**
     * The limit a text property sets on its own, tighter than the text value's
     * ({@value BilingualText#MAX} characters in each language): a title's 200, say. A reader that
     * finds a text too long for the text value reports this limit instead, so that the first
     * message names the limit that counts.
     *
     * @param type     a model type, such as {@code Episode.class}
     * @param property the property's name in the model, such as {@code "title"}
     * @return the most characters (code points) in each language, or empty when the property
     *         sets no limit of its own (or the type has no such property)
     */
    public static OptionalInt maxLength(Class<?> type, String property) {
        Class<?> definition = type.getSuperclass();
        if (definition == null) {
            return OptionalInt.empty();
        }
        for (Method method : definition.getDeclaredMethods()) {
            MaxLength limit = method.getAnnotation(MaxLength.class);
            if (limit != null && method.getName().equals(property) && method.getParameterCount() == 0) {
                return OptionalInt.of(limit.max());
            }
        }
        return OptionalInt.empty();
    }
}
