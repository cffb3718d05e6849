package dev.outreach.core;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fast answer to "does this value keep every constraint declared on its type?", read from
 * the same Jakarta Validation annotations that Hibernate Validator checks, and using the same
 * checks as this package's constraint validators.
 *
 * <p>Valid content is the common case, and asking Hibernate Validator about it costs more than
 * the rules themselves (a metadata lookup, a validation context, value extraction for each
 * call). So a value that passes here is valid; a value that does not is validated by Hibernate
 * Validator, which produces the violations, with their paths and messages. A type with any
 * constraint this class does not know (or knows, but in a group other than the default one, or
 * repeated on one element) is always handed to Hibernate Validator: nothing can be accepted here
 * that the validator would refuse.
 */
final class FastRules {

    private static final ClassValue<Optional<FastRules>> RULES = new Cache();

    /** The rules of each type, read once; empty for a type only Hibernate Validator can check. */
    static final class Cache extends ClassValue<Optional<FastRules>> {
        @Override
        protected Optional<FastRules> computeValue(Class<?> type) {
            return Optional.ofNullable(read(type));
        }
    }

    private final Check[] checks;

    private FastRules(List<Check> checks) {
        this.checks = checks.toArray(new Check[0]);
    }

    /** @return the rules of the type, or empty when only Hibernate Validator can check it */
    static Optional<FastRules> of(Class<?> type) {
        return RULES.get(type);
    }

    /** @return whether the value keeps every constraint of its type */
    boolean passes(Object value) {
        for (Check check : checks) {
            if (!check.passes(value)) {
                return false;
            }
        }
        return true;
    }

    /** @return the names of the properties that have constraints, in no particular order */
    List<String> properties() {
        List<String> names = new ArrayList<>(checks.length);
        for (Check check : checks) {
            names.add(check.property);
        }
        return names;
    }

    /**
     * Whether the constraints of one property accept a value: what {@link #passes} asks of
     * each property, asked of one value, so that it can be compared with Hibernate Validator's
     * answer for the same value.
     *
     * @param property the property's name
     * @param value    the value as the accessor returns it: an {@link Optional} for an optional
     *                 property, a {@link List} for a list
     * @throws IllegalArgumentException if the property has no constraint
     */
    boolean accepts(String property, Object value) {
        for (Check check : checks) {
            if (check.property.equals(property)) {
                return check.accepts(value);
            }
        }
        throw new IllegalArgumentException("no constraint on " + property);
    }

    /** One property with the constraints on it and on its elements. */
    private static final class Check {
        private final String property;
        private final Function<Object, Object> accessor;
        private final Predicate<Object> onValue;
        private final Predicate<Object> onElement;

        Check(String property, Function<Object, Object> accessor, Predicate<Object> onValue,
                Predicate<Object> onElement) {
            this.property = property;
            this.accessor = accessor;
            this.onValue = onValue;
            this.onElement = onElement;
        }

        boolean passes(Object owner) {
            return accepts(accessor.apply(owner));
        }

        boolean accepts(Object value) {
            if (onValue != null && !onValue.test(value)) {
                return false;
            }
            if (onElement != null) {
                if (value instanceof Optional) {
                    Optional<?> optional = (Optional<?>) value;
                    return optional.isEmpty() || onElement.test(optional.get());
                }
                for (Object element : (List<?>) value) {
                    if (!onElement.test(element)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * Reads the rules of a generated type from its abstract definition, without the cache of
     * {@link #of}.
     *
     * @return the rules, or null if the type is no generated type or has a constraint this
     *         class does not know
     */
    static FastRules read(Class<?> type) {
        Class<?> definition = type.getSuperclass();
        if (definition == null || !definition.getSimpleName().startsWith("Abstract")
                || hasConstraint(definition.getAnnotations()) || definition.getSuperclass() != Object.class
                || constrainedElsewhere(type) || constrainedElsewhere(definition)) {
            return null;
        }
        List<Check> checks = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (Method method : definition.getDeclaredMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getReturnType() == void.class) {
                continue;
            }
            Predicate<Object> onValue = predicate(method.getAnnotations());
            Predicate<Object> onElement = null;
            AnnotatedType returnType = method.getAnnotatedReturnType();
            if (returnType instanceof AnnotatedParameterizedType) {
                AnnotatedType[] arguments = ((AnnotatedParameterizedType) returnType).getAnnotatedActualTypeArguments();
                if (method.getReturnType() == Map.class) {
                    // A map is read only when neither its keys nor its values carry a constraint.
                    if (constrained(arguments)) {
                        return null;
                    }
                    arguments = new AnnotatedType[0];
                } else if (arguments.length != 1 || arguments[0] instanceof AnnotatedParameterizedType) {
                    return null;
                }
                Class<?> container = method.getReturnType();
                onElement = arguments.length == 0 ? null : predicate(arguments[0].getAnnotations());
                if (onElement != null && container != Optional.class && container != List.class) {
                    return null;
                }
            }
            if (onValue == UNKNOWN || onElement == UNKNOWN) {
                return null;
            }
            if (onValue != null || onElement != null) {
                Function<Object, Object> accessor = accessor(lookup, definition, method);
                if (accessor == null) {
                    return null;
                }
                checks.add(new Check(method.getName(), accessor, onValue, onElement));
            }
        }
        return new FastRules(checks);
    }

    /** An accessor as a function, which the JIT calls as directly as the method itself. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(MethodHandles.Lookup lookup, Class<?> definition,
            Method method) {
        try {
            MethodHandle handle = lookup.unreflect(method);
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                    handle, MethodType.methodType(method.getReturnType(), definition))
                    .getTarget().invokeExact();
        } catch (Throwable e) {
            return null;
        }
    }

    /** Stands for a constraint this class cannot check; compared by identity, never called. */
    private static final Predicate<Object> UNKNOWN = new Predicate<>() {
        @Override
        public boolean test(Object value) {
            throw new IllegalStateException("an unknown constraint is never checked here");
        }
    };

    /**
     * Whether a class has constraints this class does not read: on its fields, or on the methods
     * of the interfaces it implements (the generated class's own methods carry none).
     */
    private static boolean constrainedElsewhere(Class<?> type) {
        for (java.lang.reflect.Field field : type.getDeclaredFields()) {
            if (hasConstraint(field.getAnnotations()) || hasConstraint(field.getAnnotatedType().getAnnotations())) {
                return true;
            }
        }
        for (Class<?> implemented : type.getInterfaces()) {
            for (Method method : implemented.getMethods()) {
                if (hasConstraint(method.getAnnotations())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any of the type arguments, or a type argument nested in them, carries a constraint. */
    private static boolean constrained(AnnotatedType[] arguments) {
        for (AnnotatedType argument : arguments) {
            if (hasConstraint(argument.getAnnotations()) || argument instanceof AnnotatedParameterizedType
                    && constrained(((AnnotatedParameterizedType) argument).getAnnotatedActualTypeArguments())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasConstraint(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (isConstraint(annotation.annotationType())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an annotation is a constraint, or a container of repeated constraints such as
     * {@code @Min.List}, which is what the compiler puts on an element that repeats one.
     */
    private static boolean isConstraint(Class<? extends Annotation> type) {
        if (type.isAnnotationPresent(Constraint.class)) {
            return true;
        }
        try {
            Class<?> value = type.getMethod("value").getReturnType();
            return value.isArray() && value.getComponentType().isAnnotationPresent(Constraint.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** @return the conjunction of the known constraints, null for none, {@link #UNKNOWN} if one is unknown */
    private static Predicate<Object> predicate(Annotation[] annotations) {
        Predicate<Object> all = null;
        for (Annotation annotation : annotations) {
            Predicate<Object> one = predicate(annotation);
            if (one == UNKNOWN) {
                return UNKNOWN;
            }
            if (one != null) {
                all = all == null ? one : all.and(one);
            }
        }
        return all;
    }

    private static Predicate<Object> predicate(Annotation annotation) {
        if (annotation instanceof NotNull) {
            return inDefaultGroup(((NotNull) annotation).groups(), value -> value != null);
        }
        if (annotation instanceof Min) {
            long min = ((Min) annotation).value();
            return inDefaultGroup(((Min) annotation).groups(),
                    value -> value == null || ((Number) value).longValue() >= min);
        }
        if (annotation instanceof CleanText) {
            int max = ((CleanText) annotation).max();
            boolean multiline = ((CleanText) annotation).multiline();
            return inDefaultGroup(((CleanText) annotation).groups(),
                    value -> CleanText.Validator.problem((String) value, max, multiline) == null);
        }
        if (annotation instanceof Slug) {
            return inDefaultGroup(((Slug) annotation).groups(),
                    value -> Slug.Validator.accepts((String) value));
        }
        if (annotation instanceof MaxLength) {
            int max = ((MaxLength) annotation).max();
            return inDefaultGroup(((MaxLength) annotation).groups(),
                    value -> MaxLength.Validator.accepts((BilingualText) value, max));
        }
        if (annotation instanceof Published) {
            return inDefaultGroup(((Published) annotation).groups(),
                    value -> Published.Validator.accepts((BilingualText) value));
        }
        if (annotation instanceof HttpsUrl) {
            return inDefaultGroup(((HttpsUrl) annotation).groups(),
                    value -> HttpsUrl.Validator.accepts((URI) value));
        }
        return isConstraint(annotation.annotationType()) ? UNKNOWN : null;
    }

    /**
     * @return the check of a constraint in the default group, the only one validated; {@link #UNKNOWN}
     *         for a constraint in other groups, so that the type is left to Hibernate Validator
     */
    private static Predicate<Object> inDefaultGroup(Class<?>[] groups, Predicate<Object> check) {
        return groups.length == 0 ? check : UNKNOWN;
    }
}
