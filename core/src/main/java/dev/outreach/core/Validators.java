package dev.outreach.core;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The library's one Hibernate Validator, built on first use and shared by every type.
 *
 * <p>It is set up for this model: accessors named like properties ({@code title()}) are
 * properties, messages are interpolated by parameters only (no Jakarta EL), and the
 * constraint validators of this package are created directly rather than by reflection.
 * Children are never cascaded into: a nested value was validated when it was built.
 */
final class Validators {

    private Validators() {
    }

    /** Initialization-on-demand holder: the factory is built once, on first use, thread-safely. */
    private static final class Holder {
        static final ValidatorFactory FACTORY = buildFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Validates a freshly built value and throws if it breaks any rule. The constraints are
     * first checked by {@link FastRules}; Hibernate Validator validates the values that fail
     * there (or whose types use a constraint FastRules does not know), and its violations are
     * the ones reported.
     *
     * @throws InvalidContentException listing every violation
     */
    static void check(Object value) {
        Class<?> type = value.getClass();
        FastRules fast = FastRules.forType(type);
        if (fast == null || !fast.passes(value)) {
            Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(value);
            if (!violations.isEmpty()) {
                throw new InvalidContentException(simpleName(type), convert(violations));
            }
        }
        if (value instanceof Consistent) {
            Problems problems = new Problems();
            ((Consistent) value).checkConsistency(problems);
            if (problems.any()) {
                throw new InvalidContentException(simpleName(type), problems.found());
            }
        }
    }

    static List<Violation> checkValue(Class<?> type, String property, Object value) {
        @SuppressWarnings("unchecked")
        Set<ConstraintViolation<Object>> violations =
                Holder.VALIDATOR.validateValue((Class<Object>) type, property, value);
        return violations.isEmpty() ? List.of() : convert(violations);
    }

    /** Throws a single violation at the value itself, for the static factories of value types. */
    static InvalidContentException invalid(Class<?> type, String messageKey) {
        return new InvalidContentException(type.getSimpleName(), List.of(Violation.of(messageKey)));
    }

    private static String simpleName(Class<?> type) {
        String name = type.getSimpleName();
        return name.startsWith("Abstract") ? name.substring("Abstract".length()) : name;
    }

    private static List<Violation> convert(Set<ConstraintViolation<Object>> violations) {
        List<Violation> out = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> violation : violations) {
            out.add(Violation.of(segments(violation.getPropertyPath()),
                    messageKey(violation.getMessageTemplate()),
                    parameters(violation.getConstraintDescriptor().getAttributes())));
        }
        // Hibernate Validator returns a hash set: order by location (indexes as numbers) for stable output.
        out.sort(Comparator.comparing(Violation::segments, Validators::compareLocations)
                .thenComparing(Violation::messageKey));
        return out;
    }

    private static int compareLocations(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int order = x instanceof Integer && y instanceof Integer
                    ? Integer.compare((Integer) x, (Integer) y)
                    : x.toString().compareTo(y.toString());
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static List<Object> segments(Path path) {
        List<Object> segments = new ArrayList<>(4);
        for (Path.Node node : path) {
            if (node.getIndex() != null) { // the index of a list element (a set's elements have none)
                segments.add(node.getIndex());
            }
            // Not the names of the bean (null) and of container elements ("<list element>").
            if (node.getKind() == ElementKind.PROPERTY) {
                segments.add(node.getName());
            }
        }
        return segments;
    }

    private static String messageKey(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }

    private static Map<String, Object> parameters(Map<String, Object> attributes) {
        Map<String, Object> out = new HashMap<>(2);
        // Not the message, nor groups and payload (arrays of classes).
        attributes.forEach((name, value) -> {
            if (value instanceof Number || value instanceof Boolean) {
                out.put(name, value);
            }
        });
        return out;
    }

    static ValidatorFactory buildFactory() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure();
        ConstraintValidatorFactory defaults = configuration.getDefaultConstraintValidatorFactory();
        return configuration
                .messageInterpolator(new ParameterMessageInterpolator())
                .getterPropertySelectionStrategy(new AccessorStrategy())
                .constraintValidatorFactory(new DirectFactory(defaults))
                .buildValidatorFactory();
    }

    /** Treats every no-argument, value-returning instance method as a property, except Object's. */
    static final class AccessorStrategy implements GetterPropertySelectionStrategy {
        private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length != 0
                    || executable.getReturnType() == void.class
                    || NOT_PROPERTIES.contains(executable.getName())) {
                return Optional.empty();
            }
            return Optional.of(executable.getName());
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }

    /** Creates this package's validators with {@code new}; any other through the default factory. */
    static final class DirectFactory implements ConstraintValidatorFactory {
        private final ConstraintValidatorFactory defaults;

        DirectFactory(ConstraintValidatorFactory defaults) {
            this.defaults = defaults;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            if (key == CleanText.Validator.class) {
                return (T) new CleanText.Validator();
            }
            if (key == Slug.Validator.class) {
                return (T) new Slug.Validator();
            }
            if (key == HttpsUrl.Validator.class) {
                return (T) new HttpsUrl.Validator();
            }
            if (key == MaxLength.Validator.class) {
                return (T) new MaxLength.Validator();
            }
            if (key == Published.Validator.class) {
                return (T) new Published.Validator();
            }
            return defaults.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            defaults.releaseInstance(instance);
        }
    }
}
