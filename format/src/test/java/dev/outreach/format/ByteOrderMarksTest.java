package dev.outreach.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ByteOrderMarks}: UTF-16 and UTF-32 with a byte-order mark given as UTF-8, the rest as it is. */
class ByteOrderMarksTest {

    private static final String TEXT = "id: a\nname: Aldi \ud83d\ude00 \ud83c\uddee\ud83c\udde9 Kemlu\n";

    private static byte[] utf8(byte[] input) throws IOException {
        try (InputStream in = ByteOrderMarks.utf8(new ByteArrayInputStream(input))) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void markedInputIsGivenAsUtf8WithoutTheMark(String charset) throws IOException {
        byte[] input = ("\ufeff" + TEXT).getBytes(Charset.forName(charset));
        assertThat(new String(utf8(input), UTF_8)).isEqualTo(TEXT);
        assertThat(ByteOrderMarks.marked(input, input.length)).isEqualTo(Charset.forName(charset));
    }

    @Test
    void longInputIsGivenWhole() throws IOException {
        // Many buffers of the encoder, with surrogate pairs falling on their edges.
        String text = ("Kemlu \ud83d\ude00 " + "x".repeat(4093)).repeat(7);
        for (String charset : new String[] {"UTF-16BE", "UTF-32LE"}) {
            byte[] input = ("\ufeff" + text).getBytes(Charset.forName(charset));
            assertThat(new String(utf8(input), UTF_8)).as(charset).isEqualTo(text);
        }
    }

    @Test
    void readingOneByteAtATimeGivesTheSameBytes() throws IOException {
        byte[] input = ("\ufeff" + TEXT).getBytes(Charset.forName("UTF-16LE"));
        try (InputStream in = ByteOrderMarks.utf8(new ByteArrayInputStream(input))) {
            byte[] out = new byte[TEXT.getBytes(UTF_8).length];
            for (int i = 0; i < out.length; i++) {
                int b = in.read();
                assertThat(b).isBetween(0, 255);
                out[i] = (byte) b;
            }
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
            assertThat(in.read(new byte[4], 0, 0)).isZero();
            assertThat(new String(out, UTF_8)).isEqualTo(TEXT);
        }
    }

    @Test
    void unmarkedInputIsPassedOnAsItIs() throws IOException {
        for (byte[] input : new byte[][] {TEXT.getBytes(UTF_8), ("\ufeff" + TEXT).getBytes(UTF_8), new byte[0],
            {(byte) 0xFE}, {(byte) 0xFF}, {0, 0, (byte) 0xFE}, {(byte) 0xFF, (byte) 0xFF, 0, 0}, {0, 0, 0, 0},
            TEXT.getBytes(Charset.forName("UTF-16BE"))}) {
            assertThat(utf8(input)).isEqualTo(input);
            assertThat(ByteOrderMarks.marked(input, input.length)).isNull();
        }
    }

    @Test
    void aMarkIsFoundOnlyInTheFirstBytesGiven() {
        byte[] utf32 = {(byte) 0xFF, (byte) 0xFE, 0, 0};
        assertThat(ByteOrderMarks.marked(utf32, 4)).isEqualTo(Charset.forName("UTF-32LE"));
        assertThat(ByteOrderMarks.marked(utf32, 2)).isEqualTo(Charset.forName("UTF-16LE"));
        assertThat(ByteOrderMarks.marked(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, 3)).isNull();
        assertThat(ByteOrderMarks.marked(new byte[] {(byte) 0xFE, (byte) 0xFF}, 1)).isNull();
        assertThat(ByteOrderMarks.marked(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1}, 4))
                .isEqualTo(Charset.forName("UTF-16LE"));
        assertThat(ByteOrderMarks.marked(new byte[] {(byte) 0xFF, (byte) 0xFE, 1, 0}, 4))
                .isEqualTo(Charset.forName("UTF-16LE"));
    }

    @Test
    void inputCutInsideACharacterOrNotInItsEncodingIsAnError() {
        byte[] utf16 = ("\ufeff" + TEXT).getBytes(Charset.forName("UTF-16BE"));
        byte[] cut = Arrays.copyOf(utf16, utf16.length - 1);
        assertThatThrownBy(() -> utf8(cut)).isInstanceOf(IOException.class);
        byte[] loneSurrogate = ("\ufeffab").getBytes(Charset.forName("UTF-16BE"));
        byte[] withLone = Arrays.copyOf(loneSurrogate, loneSurrogate.length + 2);
        withLone[withLone.length - 2] = (byte) 0xD8;
        withLone[withLone.length - 1] = 0x00;
        assertThatThrownBy(() -> utf8(withLone)).isInstanceOf(IOException.class);
        byte[] badUtf32 = {0, 0, (byte) 0xFE, (byte) 0xFF, 0x7F, 0, 0, 0};
        assertThatThrownBy(() -> utf8(badUtf32)).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void aStreamThatEndsAfterTheMarkIsEmpty() throws IOException {
        assertThat(utf8(new byte[] {(byte) 0xFE, (byte) 0xFF})).isEmpty();
        assertThat(utf8(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})).isEmpty();
    }

    @Test
    void closingClosesTheSource() throws IOException {
        boolean[] closed = {false};
        InputStream source = new ByteArrayInputStream(("\ufeff" + TEXT).getBytes(Charset.forName("UTF-16BE"))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ByteOrderMarks.utf8(source).close();
        assertThat(closed[0]).isTrue();
    }
}
