package dev.outreach.core;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text the ministry publishes (a name, title or description): given in Indonesian or English,
 * with any other language beside them. {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = Published.Validator.class)
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
@interface Published {

    String message() default "{outreach.text.unpublishedLanguage}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Published}. */
    final class Validator implements ConstraintValidator<Published, BilingualText> {
        @Override
        public boolean isValid(BilingualText value, ConstraintValidatorContext context) {
            return accepts(value);
        }

        /** @return whether the value keeps the rule; {@code null} is left to {@code @NotNull} */
        static boolean accepts(BilingualText value) {
            return value == null || value.indonesian().isPresent() || value.english().isPresent();
        }
    }
}
