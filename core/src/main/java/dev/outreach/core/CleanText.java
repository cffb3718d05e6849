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

        /** Whether a code point leaves a text blank: white space, no-break spaces and invisible characters. */
        private static boolean isBlankChar(int c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c);
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

        /**
         * The problems, checked in this order: blank (nothing but white space (no-break spaces
         * included) and characters that show nothing, such as U+200B ZERO WIDTH SPACE, U+FEFF,
         * U+2060 WORD JOINER or U+00AD SOFT HYPHEN: see {@link #isInvisible(int)}), untrimmed (white
         * space first or last), then the first unpaired surrogate or control character, then more
         * than {@code max} code points.
         *
         * <p>One pass over the characters: the leading ones up to the first visible character
         * are looked at one by one (whether the text is blank depends on them), the rest only
         * through cheap range tests, since most of them are printable ASCII or letters of the
         * Basic Multilingual Plane below the surrogates.
         *
         * @return the message key of the first problem of {@code value}, or null when it is clean
         */
        static String problem(String value, int max, boolean multiline) {
            if (value == null) {
                return null;
            }
            int n = value.length();
            int pairs = 0;
            String found = null;
            boolean visible = false;
            int i = 0;
            while (i < n) {
                char c = value.charAt(i);
                if ((char) (c - '!') <= '~' - '!') { // printable ASCII other than the space
                    visible = true;
                    i++;
                    break;
                }
                int codePoint = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    codePoint = Character.toCodePoint(c, value.charAt(i + 1));
                    pairs++;
                    i += 2;
                } else {
                    if (found == null) {
                        found = charProblem(c, multiline);
                    }
                    i++;
                }
                if (!isBlankChar(codePoint)) {
                    visible = true;
                    break;
                }
            }
            if (!visible) {
                return "outreach.text.blank";
            }
            if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(n - 1))
                    || Character.isSpaceChar(value.charAt(0)) || Character.isSpaceChar(value.charAt(n - 1))) {
                return "outreach.text.untrimmed";
            }
            if (found != null) {
                return found;
            }
            for (; i < n; i++) {
                char c = value.charAt(i);
                if ((char) (c - ' ') <= '~' - ' ' || (c >= '\u00A0' && c < Character.MIN_SURROGATE
                        && c != '\u2028' && c != '\u2029') || c > Character.MAX_SURROGATE) {
                    continue; // printable ASCII, or neither a control, a line separator nor a surrogate
                }
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    pairs++;
                    i++;
                    continue;
                }
                String problem = charProblem(c, multiline);
                if (problem != null) {
                    return problem;
                }
            }
            return n - pairs > max ? "outreach.text.tooLong" : null;
        }

        /** @return the problem of a character that is not half of a surrogate pair, or null */
        private static String charProblem(char c, boolean multiline) {
            if (Character.isSurrogate(c)) {
                return "outreach.text.surrogate";
            }
            if ((Character.isISOControl(c) && !(multiline && c == '\n')) || c == '\u2028' || c == '\u2029') {
                return "outreach.text.control";
            }
            return null;
        }
    }
}
