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
 * An identifier: a lowercase slug of ASCII letters and digits in words joined by single
 * hyphens ({@code kemlu-space}, {@code episode-1}), 1 to {@value #MAX} characters.
 * {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = Slug.Validator.class)
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
@interface Slug {

    /** The longest identifier. */
    int MAX = 64;

    String message() default "{outreach.id.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Slug} without regular expressions. */
    final class Validator implements ConstraintValidator<Slug, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return accepts(value);
        }

        /** @return whether the value keeps the rule; {@code null} is left to {@code @NotNull} */
        static boolean accepts(String value) {
            return value == null || isSlug(value);
        }

        private static boolean isSlug(String value) {
            int length = value.length();
            if (length == 0 || length > MAX || value.charAt(0) == '-' || value.charAt(length - 1) == '-') {
                return false;
            }
            char previous = 0;
            for (int i = 0; i < length; i++) {
                char c = value.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
                if (!ok) {
                    return false;
                }
                previous = c;
            }
            return true;
        }
    }
}
