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

    /** The rules that stand for "only Hibernate Validator can check this type" in {@link #DIRECT}. */
    private static final FastRules NONE = new FastRules(List.of());

    /** The same rules as {@link #RULES}, without an {@link Optional} to unwrap on each lookup. */
    private static final ClassValue<FastRules> DIRECT = new ClassValue<>() {
        @Override
        protected FastRules computeValue(Class<?> type) {
            return RULES.get(type).orElse(NONE);
        }
    };

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

    /** @return the rules of the type, the same as {@link #of}'s, or null when only Hibernate Validator can check it */
    static FastRules forType(Class<?> type) {
        FastRules rules = DIRECT.get(type);
        return rules == NONE ? null : rules;
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
        /** The constraints on the value and on its elements; null for none. */
        private final Rule[] onValue;
        private final Rule[] onElement;

        Check(String property, Function<Object, Object> accessor, Rule[] onValue, Rule[] onElement) {
            this.property = property;
            this.accessor = accessor;
            this.onValue = onValue;
            this.onElement = onElement;
        }

        boolean passes(Object owner) {
            return accepts(accessor.apply(owner));
        }

        boolean accepts(Object value) {
            if (onValue != null && !Rule.all(onValue, value)) {
                return false;
            }
            if (onElement != null) {
                if (value instanceof Optional) {
                    Optional<?> optional = (Optional<?>) value;
                    return optional.isEmpty() || Rule.all(onElement, optional.get());
                }
                // The lists of built values are random access: no iterator to make for each list.
                List<?> list = (List<?>) value;
                for (int i = 0, n = list.size(); i < n; i++) {
                    if (!Rule.all(onElement, list.get(i))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * One known constraint with its attributes. A single final class that tells the constraints
     * apart by a number, so that checking any property of any type goes through one switch
     * rather than through a chain of lambdas, each call site of which sees every kind.
     */
    private static final class Rule {
        static final int NOT_NULL = 0;
        static final int MIN = 1;
        static final int CLEAN_TEXT = 2;
        static final int SLUG = 3;
        static final int MAX_LENGTH = 4;
        static final int PUBLISHED = 5;
        static final int HTTPS_URL = 6;

        private final int kind;
        /** {@code @Min}'s value, or {@code @CleanText}'s and {@code @MaxLength}'s maximum. */
        private final long limit;
        private final boolean multiline;

        Rule(int kind, long limit, boolean multiline) {
            this.kind = kind;
            this.limit = limit;
            this.multiline = multiline;
        }

        static boolean all(Rule[] rules, Object value) {
            for (Rule rule : rules) {
                if (!rule.test(value)) {
                    return false;
                }
            }
            return true;
        }

        boolean test(Object value) {
            switch (kind) {
                case NOT_NULL:
                    return value != null;
                case MIN:
                    return value == null || ((Number) value).longValue() >= limit;
                case CLEAN_TEXT:
                    return CleanText.Validator.problem((String) value, (int) limit, multiline) == null;
                case SLUG:
                    return Slug.Validator.accepts((String) value);
                case MAX_LENGTH:
                    return MaxLength.Validator.accepts((BilingualText) value, (int) limit);
                case PUBLISHED:
                    return Published.Validator.accepts((BilingualText) value);
                default: // HTTPS_URL, the only other kind made
                    return HttpsUrl.Validator.accepts((URI) value);
            }
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
            Rule[] onValue = rules(method.getAnnotations());
            Rule[] onElement = null;
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
                onElement = arguments.length == 0 ? null : rules(arguments[0].getAnnotations());
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

    /** Stands for a constraint this class cannot check; compared by identity, never checked. */
    private static final Rule[] UNKNOWN = new Rule[0];

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

    /** @return the known constraints, null for none, {@link #UNKNOWN} if one is unknown */
    private static Rule[] rules(Annotation[] annotations) {
        List<Rule> all = new ArrayList<>(annotations.length);
        for (Annotation annotation : annotations) {
            Rule one = rule(annotation);
            if (one == UNKNOWN_RULE) {
                return UNKNOWN;
            }
            if (one != null) {
                all.add(one);
            }
        }
        return all.isEmpty() ? null : all.toArray(new Rule[0]);
    }

    /** Stands for one constraint this class cannot check, in {@link #rule}'s answers. */
    private static final Rule UNKNOWN_RULE = new Rule(-1, 0, false);

    private static Rule rule(Annotation annotation) {
        if (annotation instanceof NotNull) {
            return inDefaultGroup(((NotNull) annotation).groups(), new Rule(Rule.NOT_NULL, 0, false));
        }
        if (annotation instanceof Min) {
            return inDefaultGroup(((Min) annotation).groups(), new Rule(Rule.MIN, ((Min) annotation).value(), false));
        }
        if (annotation instanceof CleanText) {
            CleanText text = (CleanText) annotation;
            return inDefaultGroup(text.groups(), new Rule(Rule.CLEAN_TEXT, text.max(), text.multiline()));
        }
        if (annotation instanceof Slug) {
            return inDefaultGroup(((Slug) annotation).groups(), new Rule(Rule.SLUG, 0, false));
        }
        if (annotation instanceof MaxLength) {
            MaxLength length = (MaxLength) annotation;
            return inDefaultGroup(length.groups(), new Rule(Rule.MAX_LENGTH, length.max(), false));
        }
        if (annotation instanceof Published) {
            return inDefaultGroup(((Published) annotation).groups(), new Rule(Rule.PUBLISHED, 0, false));
        }
        if (annotation instanceof HttpsUrl) {
            return inDefaultGroup(((HttpsUrl) annotation).groups(), new Rule(Rule.HTTPS_URL, 0, false));
        }
        return isConstraint(annotation.annotationType()) ? UNKNOWN_RULE : null;
    }

    /**
     * @return the check of a constraint in the default group, the only one validated; {@link #UNKNOWN_RULE}
     *         for a constraint in other groups, so that the type is left to Hibernate Validator
     */
    private static Rule inDefaultGroup(Class<?>[] groups, Rule check) {
        return groups.length == 0 ? check : UNKNOWN_RULE;
    }
}
