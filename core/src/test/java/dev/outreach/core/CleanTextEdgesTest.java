package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answer of {@link CleanText.Validator#problem} for texts at the edges of its one pass: a
 * problem before or after the first visible character, characters at the ends of the ranges it
 * lets through without a closer look, surrogate pairs counted as one character.
 */
class CleanTextEdgesTest {

    private static final String EMOJI = "\uD83D\uDE00";

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("", 5, false, "outreach.text.blank"),
                Arguments.of("\u200B\t\u2028\u00A0", 5, false, "outreach.text.blank"),
                Arguments.of("\u200B\t", 5, true, "outreach.text.blank"),
                Arguments.of("\u200B\ta", 5, false, "outreach.text.control"),
                Arguments.of("\u200B\u0001a", 5, false, "outreach.text.control"),
                Arguments.of("\u200B\u2029a", 5, false, "outreach.text.control"),
                Arguments.of("\u200B\na", 5, true, null),
                Arguments.of("\u200B\uD800", 5, false, "outreach.text.surrogate"),
                Arguments.of("\u200B\uD800a", 5, false, "outreach.text.surrogate"),
                Arguments.of("a\u0001\uDC00", 5, false, "outreach.text.control"),
                Arguments.of("\u200B\uDC00\u0001", 5, false, "outreach.text.surrogate"),
                Arguments.of("\u200B\u0001\uDC00", 5, false, "outreach.text.control"),
                Arguments.of("\u200B" + EMOJI, 2, false, null),
                Arguments.of("\u200B" + EMOJI, 1, false, "outreach.text.tooLong"),
                Arguments.of(" \u0001a", 5, false, "outreach.text.untrimmed"),
                Arguments.of("\u0001a ", 5, false, "outreach.text.untrimmed"),
                Arguments.of("a\u00A0", 5, false, "outreach.text.untrimmed"),
                Arguments.of("\uD800 ", 5, false, "outreach.text.untrimmed"),
                Arguments.of("\u0085a", 5, false, "outreach.text.control"),
                Arguments.of("a\u0085", 5, false, "outreach.text.control"),
                Arguments.of("a\u007Fb", 5, false, "outreach.text.control"),
                Arguments.of("a\u009Fb", 5, false, "outreach.text.control"),
                Arguments.of("a\u001Fb", 5, false, "outreach.text.control"),
                Arguments.of("a\u2028b", 5, false, "outreach.text.control"),
                Arguments.of("a\u2029b", 5, false, "outreach.text.control"),
                Arguments.of("a\nb", 5, false, "outreach.text.control"),
                Arguments.of("a\nb", 3, true, null),
                Arguments.of("a\nb", 2, true, "outreach.text.tooLong"),
                Arguments.of("a\rb", 5, true, "outreach.text.control"),
                Arguments.of("a~ b", 4, false, null),
                Arguments.of("a\u00A0\u00A1\u3000\uD7FF\uE000\uFFFFb", 8, false, null),
                Arguments.of("a\u00A0\u00A1\u3000\uD7FF\uE000\uFFFFb", 7, false, "outreach.text.tooLong"),
                Arguments.of("ab\uDE00c", 5, false, "outreach.text.surrogate"),
                Arguments.of("ab\uD83Dc", 5, false, "outreach.text.surrogate"),
                Arguments.of("ab\uD83D", 5, false, "outreach.text.surrogate"),
                Arguments.of("a\uDBFF\uDFFFb", 3, false, null),
                Arguments.of("a" + EMOJI + EMOJI + "b", 4, false, null),
                Arguments.of("a" + EMOJI + EMOJI + "b", 3, false, "outreach.text.tooLong"),
                Arguments.of("a" + EMOJI + "\u0001" + EMOJI, 1, false, "outreach.text.control"),
                Arguments.of(EMOJI + "a", 2, false, null),
                Arguments.of(EMOJI + "a", 1, false, "outreach.text.tooLong"),
                Arguments.of(EMOJI + "\u0001", 2, false, "outreach.text.control"),
                Arguments.of("abc", 3, false, null),
                Arguments.of("abcd", 3, false, "outreach.text.tooLong"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void findsTheFirstProblemInTheRulesOrder(String text, int max, boolean multiline, String expected) {
        assertThat(CleanText.Validator.problem(text, max, multiline)).as(Violation.printable(text)).isEqualTo(expected);
        assertThat(CleanTextReferencePropertyTest.reference(text, max, multiline)).as("the reference")
                .isEqualTo(expected);
    }
}
