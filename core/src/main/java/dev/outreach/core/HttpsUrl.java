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
import java.net.URI;

/**
 * A link: an absolute {@code https} URL with a host, a port (if any) from 0 to 65535, no
 * unpaired surrogate characters, no bidirectional control characters (U+061C, U+200E, U+200F,
 * U+202A to U+202E, U+2066 to U+2069, which can make a link look like another), at most 2,000
 * characters.
 */
@Documented
@Constraint(validatedBy = HttpsUrl.Validator.class)
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
@interface HttpsUrl {

    String message() default "{outreach.url.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link HttpsUrl}. */
    final class Validator implements ConstraintValidator<HttpsUrl, URI> {
        @Override
        public boolean isValid(URI value, ConstraintValidatorContext context) {
            if (accepts(value)) {
                return true;
            }
            if (isHttpsUrlApartFromBidiControls(value)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{outreach.url.bidiControl}").addConstraintViolation();
            }
            return false;
        }

        /** @return whether the value keeps the rule; {@code null} is left to {@code @NotNull} */
        static boolean accepts(URI value) {
            return value == null || isHttpsUrl(value);
        }

        static boolean isHttpsUrl(URI value) {
            return isHttpsUrlApartFromBidiControls(value) && !hasBidiControl(value.toString());
        }

        private static boolean isHttpsUrlApartFromBidiControls(URI value) {
            // A scheme makes it absolute; a host makes it hierarchical (an opaque URI has none).
            return "https".equalsIgnoreCase(value.getScheme())
                    && value.getHost() != null && value.getPort() <= 65535
                    && value.toString().length() <= 2000 && wellFormedUtf16(value.toString());
        }

        private static boolean hasBidiControl(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (CleanText.Validator.isBidiControl(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * java.net.URI takes any character that is not ASCII as an "other" character, an unpaired
         * surrogate included, which no encoding can carry: such a link is broken.
         */
        private static boolean wellFormedUtf16(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
