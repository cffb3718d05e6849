package dev.outreach.core;

import java.util.List;

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
}
