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
 * A text as people will read it: not blank, without leading or trailing white space, without
 * control characters (line breaks only where {@link #multiline()} allows them) or unpaired
 * surrogates, and at most {@link #max()} characters long. {@code null} is left to
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CleanText.Validator.class)
@Target({METHOD, TYPE_USE})
@Retention(RUNTIME)
@interface CleanText {

    String message() default "{outreach.text.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The largest number of characters (Unicode code points). */
    int max();

    /** Whether line breaks (LF) are allowed inside the text. */
    boolean multiline() default false;

    /** Checks {@link CleanText}. */
    final class Validator implements ConstraintValidator<CleanText, String> {
        private int max;
        private boolean multiline;

        @Override
        public void initialize(CleanText annotation) {
            max = annotation.max();
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = problem(value, max, multiline);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + problem + "}").addConstraintViolation();
            return false;
        }

        /** Blank: nothing but white space, counting no-break spaces as white space. */
        private static boolean isBlank(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    return false;
                }
            }
            return true;
        }

        /** @return the message key of the first problem of {@code value}, or null when it is clean */
        static String problem(String value, int max, boolean multiline) {
            if (value == null) {
                return null;
            }
            if (isBlank(value)) {
                return "outreach.text.blank";
            }
            if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))
                    || Character.isSpaceChar(value.charAt(0)) || Character.isSpaceChar(value.charAt(value.length() - 1))) {
                return "outreach.text.untrimmed";
            }
            int codePoints = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                        return "outreach.text.surrogate";
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return "outreach.text.surrogate";
                } else if ((Character.isISOControl(c) && !(multiline && c == '\n'))
                    || c == '\u2028' || c == '\u2029') {
                    return "outreach.text.control";
                }
                codePoints++;
            }
            return codePoints > max ? "outreach.text.tooLong" : null;
        }
    }
}
