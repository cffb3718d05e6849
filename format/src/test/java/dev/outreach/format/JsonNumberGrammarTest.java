package dev.outreach.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TokenReader#isJsonNumber(CharSequence)}: JSON's grammar of numbers, and nothing more. */
class JsonNumberGrammarTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1", "10", "-10", "2147483648", "0.5", "-0.5", "1.25", "1e3", "1E3", "1e+3",
        "1e-3", "-1.5E-10", "0e0", "10.01", "9007199254740993"})
    void jsonNumbersAreNumbers(String text) {
        assertThat(TokenReader.isJsonNumber(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+1", "01", "-01", "00", "010", "0x1F", "0X1F", "0o17", "0b101", "1_000", ".5",
        "1.", "-.5", "1.e3", "1e", "1e+", "1E-", "e3", "1.5.2", "1e3e3", "1,0", " 1", "1 ", "١", "Infinity", "NaN",
        "-Infinity", "0.", "1ee3", "--1", "1-"})
    void otherFormsAreNot(String text) {
        assertThat(TokenReader.isJsonNumber(text)).as(text).isFalse();
    }
}
