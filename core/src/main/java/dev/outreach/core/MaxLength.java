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
 * A text no longer than {@link #max()} characters in any of its languages, for fields
 * shorter than the general limit of {@link BilingualText}.
 */
@Documented
@Constraint(validatedBy = MaxLength.Validator.class)
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
@interface MaxLength {

    String message() default "{outreach.text.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The largest number of characters (Unicode code points) in each language. */
    int max();

    /** Checks {@link MaxLength}. */
    final class Validator implements ConstraintValidator<MaxLength, BilingualText> {
        private int max;

        @Override
        public void initialize(MaxLength annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(BilingualText value, ConstraintValidatorContext context) {
            return accepts(value, max);
        }

        /** @return whether the value keeps the rule; {@code null} is left to {@code @NotNull} */
        static boolean accepts(BilingualText value, int max) {
            return value == null || fits(value, max);
        }

        private static boolean fits(BilingualText value, int max) {
            if (!fits(value.indonesian().orElse(""), max) || !fits(value.english().orElse(""), max)) {
                return false;
            }
            for (String other : value.others().values()) {
                if (!fits(other, max)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean fits(String text, int max) {
            return text.length() <= max || text.codePointCount(0, text.length()) <= max;
        }
    }
}
