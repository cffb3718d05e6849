package dev.outreach.format;

import dev.outreach.core.Subdivision;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One property of an object type as a schema sees it: its name, whether it is required, whether
 * it holds an array, and the Java type of its value (of each entry, for an array), with the
 * value's own properties when the value is written as an object. The Jackson modules describe
 * the model to Jackson's schema visitors from these, so that a schema generator sees the same
 * properties as the format writes.
 */
public final class FormatProperty {

    private final String name;
    private final boolean required;
    private final int maxItems;
    private final Class<?> type;
    private final List<FormatProperty> properties;

    private FormatProperty(String name, boolean required, int maxItems, Class<?> type,
            List<FormatProperty> properties) {
        this.name = name;
        this.required = required;
        this.maxItems = maxItems;
        this.type = type;
        this.properties = properties;
    }

    /** @return the property's name in a document */
    public String name() {
        return name;
    }

    /** @return whether an object of the type must have the property */
    public boolean required() {
        return required;
    }

    /** @return whether the property holds a JSON array (each entry of {@link #type()}) */
    public boolean list() {
        return maxItems > 0;
    }

    /** @return the most entries the array may have; 0 for a property that is not an array */
    public int maxItems() {
        return maxItems;
    }

    /**
     * @return the Java type of the value, or of each entry of an array: {@code String},
     *         {@code Integer}, {@code java.net.URI}, a model value type written as a string
     *         ({@code LanguageTag}, an enum written as its code) or a model object type
     */
    public Class<?> type() {
        return type;
    }

    /** @return whether the value (each entry of an array) is written as a JSON object */
    public boolean object() {
        return !properties.isEmpty();
    }

    /** @return the properties of the value when it is written as an object, in the order written; else empty */
    public List<FormatProperty> properties() {
        return properties;
    }

    @Override
    public String toString() {
        return name + (required ? "" : "?") + ": " + type.getSimpleName() + (list() ? "[]" : "");
    }

    /** @return the properties of an object format, in the order written */
    static List<FormatProperty> of(ObjectFormat<?, ?> format) {
        return of(format, 0);
    }

    /**
     * @param levels how many levels of a property of the format's own type are above (an
     *               organization's parents): at the deepest a reader takes, that property is left out
     */
    private static List<FormatProperty> of(ObjectFormat<?, ?> format, int levels) {
        List<FormatProperty> all = new ArrayList<>();
        for (Property<?, ?> property : format.properties()) {
            if (!(property.codec instanceof SelfReference)
                    || levels < ((SelfReference<?>) property.codec).maxDepth) {
                all.add(of(format.type(), property, levels));
            }
        }
        return Collections.unmodifiableList(all);
    }

    private static FormatProperty of(Class<?> owner, Property<?, ?> property, int levels) {
        Class<?> type = valueType(owner, property.modelName);
        List<FormatProperty> properties = List.of();
        if (property.codec instanceof ObjectFormat) {
            properties = of((ObjectFormat<?, ?>) property.codec, 0);
        } else if (property.codec instanceof SelfReference) {
            properties = of(((SelfReference<?>) property.codec).format(), levels + 1);
        } else if (property.codec == Codecs.PROVINCE) {
            properties = List.of(new FormatProperty("code", true, 0, Subdivision.class, List.of()),
                    new FormatProperty("name", false, 0, String.class, List.of()));
        }
        return new FormatProperty(property.name, property.kind == Property.Kind.REQUIRED, property.maxItems(), type,
                properties);
    }

    /** The type of a model property, from its accessor: the entry of a list or an Optional, a boxed int. */
    private static Class<?> valueType(Class<?> owner, String modelName) {
        Type type;
        try {
            type = owner.getMethod(modelName).getGenericReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(owner.getSimpleName() + " has no accessor " + modelName, e);
        }
        if (type instanceof ParameterizedType) {
            type = ((ParameterizedType) type).getActualTypeArguments()[0];
        }
        return type == int.class ? Integer.class : (Class<?>) type;
    }
}
