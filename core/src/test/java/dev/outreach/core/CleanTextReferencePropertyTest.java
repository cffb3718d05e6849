package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CleanText.Validator#problem} gives, for every input, the answer of a plain reading of
 * the rule written here from its definition, code point by code point: blank first, then
 * untrimmed, then the first unpaired surrogate or control character, then too long.
 *
 * <p>Hundreds of thousands of inputs: run by the build, not for each mutant of the mutation
 * tests (the name ends in {@code PropertyTest}).
 */
class CleanTextReferencePropertyTest {

    private static final String BLANK = "outreach.text.blank";
    private static final String UNTRIMMED = "outreach.text.untrimmed";
    private static final String SURROGATE = "outreach.text.surrogate";
    private static final String CONTROL = "outreach.text.control";
    private static final String TOO_LONG = "outreach.text.tooLong";

    /** Characters at the edges of the rule, as text (a supplementary character is two chars). */
    private static final List<String> EDGES = List.of("a", "Z", "~", "!", " ", "\t", "\n", "\r", "\u000B", "\f",
            "\u0000", "\u0008", "\u001B", "\u001C", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F", "\u00A0",
            "\u00A1", "\u00AD", "\u00E9", "\u034F", "\u061C", "\u115F", "\u1160", "\u1680", "\u17B4", "\u180B",
            "\u180E", "\u2000", "\u2007", "\u200B", "\u200D", "\u200E", "\u2028", "\u2029", "\u202A", "\u202F",
            "\u205F", "\u2060", "\u2066", "\u3000", "\u3164", "\u65E5", "\uD7FF", "\uD800", "\uDBFF", "\uDC00",
            "\uDFFF", "\uE000", "\uFE00", "\uFE0F", "\uFEFF", "\uFFA0", "\uFFFD", "\uFFFF",
            new String(Character.toChars(0x1F600)), new String(Character.toChars(0x10000)),
            new String(Character.toChars(0xE0001)), new String(Character.toChars(0xE0020)),
            new String(Character.toChars(0xE0100)), new String(Character.toChars(0xE01EF)),
            new String(Character.toChars(0x1D173)), new String(Character.toChars(0x10FFFF)));

    private final List<String> disagreements = new ArrayList<>();
    private long compared;

    @Test
    void agreesOnEverySingleCharacterOfTheBasicPlaneAloneAndInContext() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = String.valueOf((char) c);
            for (String text : List.of(s, "a" + s, s + "a", "a" + s + "b", " " + s + "b", "a" + s + s + "b")) {
                compareAtLimits(text);
            }
        }
        assertAgreement(65_536 * 6);
    }

    @Test
    void agreesOnEverySupplementaryCharacter() {
        for (int c = 0x10000; c <= Character.MAX_CODE_POINT; c++) {
            String s = new String(Character.toChars(c));
            compare(s, 1, false);
            compare("a" + s + "b", 3, true);
            compare("a" + s + "b", 2, false);
        }
        assertAgreement(0x100000);
    }

    @Test
    void agreesOnEveryPairAndTripleOfEdgeCharacters() {
        for (String a : EDGES) {
            for (String b : EDGES) {
                for (String text : List.of(a + b, "x" + a + b + "y", a + "x" + b)) {
                    compareAtLimits(text);
                }
                for (String c : EDGES) {
                    compare(a + b + c, 3, false);
                    compare(a + b + c, 2, true);
                }
            }
        }
        assertAgreement(EDGES.size() * EDGES.size() * EDGES.size());
    }

    @Test
    void agreesOnManyRandomTexts() {
        Random random = new Random(20221004);
        for (int round = 0; round < 300_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                if (kind < 4) {
                    text.append((char) (' ' + random.nextInt(95)));
                } else if (kind < 7) {
                    text.append(EDGES.get(random.nextInt(EDGES.size())));
                } else if (kind < 9) {
                    text.append((char) random.nextInt(0x10000));
                } else {
                    text.appendCodePoint(0x10000 + random.nextInt(Character.MAX_CODE_POINT - 0xFFFF));
                }
            }
            String s = text.toString();
            int codePoints = s.codePointCount(0, s.length());
            compare(s, Math.max(0, codePoints - 1 + random.nextInt(3)), random.nextBoolean());
        }
        assertAgreement(300_000);
    }

    @Test
    void countsCodePointsNotCharsAtTheLimit() {
        String emoji = new String(Character.toChars(0x1F600));
        for (int count = 1; count <= 40; count++) {
            StringBuilder text = new StringBuilder("a");
            for (int i = 1; i < count; i++) {
                text.append(i % 3 == 0 ? "b" : emoji);
            }
            compareAtLimits(text.toString());
            compareAtLimits(text + " c");
        }
        assertAgreement(80);
        assertThat(CleanText.Validator.problem("a" + emoji, 2, false)).isNull();
        assertThat(CleanText.Validator.problem("a" + emoji, 1, false)).isEqualTo(TOO_LONG);
        assertThat(CleanText.Validator.problem("\u200B\t\u2028", 10, false)).isEqualTo(BLANK);
        assertThat(CleanText.Validator.problem("\u2028a", 10, false)).isEqualTo(UNTRIMMED);
        assertThat(CleanText.Validator.problem("\u0085 a", 10, false)).isEqualTo(CONTROL);
        assertThat(CleanText.Validator.problem("\uDC00\u0001", 10, false)).isEqualTo(SURROGATE);
        assertThat(CleanText.Validator.problem(null, 0, false)).isNull();
    }

    /** Compares at limits just under, at and over the text's length, multiline on and off. */
    private void compareAtLimits(String text) {
        int codePoints = text.codePointCount(0, text.length());
        for (int max = Math.max(0, codePoints - 1); max <= codePoints + 1; max++) {
            compare(text, max, false);
            compare(text, max, true);
        }
    }

    private void compare(String text, int max, boolean multiline) {
        compared++;
        String expected = reference(text, max, multiline);
        String actual = CleanText.Validator.problem(text, max, multiline);
        if (!java.util.Objects.equals(expected, actual) && disagreements.size() < 20) {
            disagreements.add(Violation.printable(text) + " max " + max + (multiline ? " multiline" : "")
                    + ": expected " + expected + ", got " + actual);
        }
    }

    private void assertAgreement(long atLeast) {
        assertThat(disagreements).isEmpty();
        assertThat(compared).isGreaterThanOrEqualTo(atLeast);
    }

    /** The rule as its definition states it, on the text's code points. */
    static String reference(String text, int max, boolean multiline) {
        if (text == null) {
            return null;
        }
        int[] codePoints = text.codePoints().toArray();
        boolean blank = true;
        for (int c : codePoints) {
            blank &= Character.isWhitespace(c) || Character.isSpaceChar(c) || showsNothing(c);
        }
        if (blank) {
            return BLANK;
        }
        int first = codePoints[0];
        int last = codePoints[codePoints.length - 1];
        if (Character.isWhitespace(first) || Character.isSpaceChar(first) || Character.isWhitespace(last)
                || Character.isSpaceChar(last)) {
            return UNTRIMMED;
        }
        for (int c : codePoints) {
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                return SURROGATE;
            }
            boolean lineBreak = c == '\n' && multiline;
            if ((Character.getType(c) == Character.CONTROL && !lineBreak)
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                return CONTROL;
            }
        }
        return codePoints.length > max ? TOO_LONG : null;
    }

    /** Format characters (Cf) and the other default-ignorable code points the rule names. */
    private static boolean showsNothing(int c) {
        if (Character.getType(c) == Character.FORMAT) {
            return true;
        }
        int[][] ranges = {{0x034F, 0x034F}, {0x115F, 0x1160}, {0x17B4, 0x17B5}, {0x180B, 0x180F},
            {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFFA0, 0xFFA0}, {0xE0100, 0xE01EF}};
        for (int[] range : ranges) {
            if (c >= range[0] && c <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
