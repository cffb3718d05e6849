package dev.outreach.benchmarks.records;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The records baseline's one {@link Validator}, built once and cached, with Hibernate
 * Validator's {@link ParameterMessageInterpolator} (no Jakarta EL), as an application would.
 */
public final class RecordValidation {

    /** A lowercase slug, as the model's {@code @Slug}: words of a-z and 0-9 joined by single hyphens. */
    public static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
    /** The longest slug. */
    public static final int MAX_SLUG = 64;
    /** The longest text in one language. */
    public static final int MAX_TEXT = 5000;

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private RecordValidation() {
    }

    /** @return the cached validator */
    public static Validator validator() {
        return VALIDATOR;
    }

    /**
     * @param value a value read from JSON
     * @param <T>   its type
     * @return the value, when it breaks no constraint
     * @throws IllegalArgumentException listing the violations otherwise
     */
    public static <T> T valid(T value) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(value);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.toString());
        }
        return value;
    }
}
