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
 * A text as people will read it: not blank (nothing but white space and invisible characters
 * such as U+200B), without leading or trailing white space, without
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

        /**
         * Blank: nothing but white space (no-break spaces included) and characters that show
         * nothing, such as U+200B ZERO WIDTH SPACE, U+FEFF, U+2060 WORD JOINER or U+00AD SOFT
         * HYPHEN: see {@link #isInvisible(int)}.
         */
        private static boolean isBlank(String value) {
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isInvisible(c)) {
                    return false;
                }
                i += Character.charCount(c);
            }
            return true;
        }

        /**
         * Whether a character shows nothing by itself: a format character (general category Cf,
         * such as the zero-width and bidirectional controls, U+00AD and the tag characters) or
         * one of the other default-ignorable code points of Unicode (the combining grapheme
         * joiner U+034F, the Hangul fillers, the Khmer inherent vowels, the Mongolian free
         * variation selectors and the variation selectors).
         */
        static boolean isInvisible(int c) {
            return Character.getType(c) == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160
                    || c == 0x17B4 || c == 0x17B5 || (c >= 0x180B && c <= 0x180F) || c == 0x3164
                    || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFFA0 || (c >= 0xE0100 && c <= 0xE01EF);
        }

        /**
         * Whether a character is a bidirectional control (U+061C, U+200E, U+200F, U+202A to
         * U+202E, U+2066 to U+2069), which can make a link or a code look like another.
         */
        static boolean isBidiControl(int c) {
            return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069);
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
