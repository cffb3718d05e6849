package dev.outreach.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-16 and UTF-32 input that starts with a byte-order mark as UTF-8, for parsers that
 * take bytes as UTF-8 only (Jackson's YAML parsers): a YAML document may be UTF-16 or UTF-32
 * with a byte-order mark, as a JSON document may. Input without such a mark is passed on as it
 * is; bytes that are not valid in the marked encoding are an {@link IOException} when read.
 */
public final class ByteOrderMarks {

    private static final int BUFFER = 4096;

    private ByteOrderMarks() {
    }

    /**
     * @param in bytes in any encoding
     * @return the same bytes when they do not start with a UTF-16 or UTF-32 byte-order mark, or
     *         else their text (without the mark) as UTF-8
     * @throws IOException if the first bytes cannot be read
     */
    public static InputStream utf8(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 4);
        byte[] first = new byte[4];
        int n = 0;
        while (n < 4) {
            int read = pushback.read(first, n, 4 - n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        pushback.unread(first, 0, n);
        Charset charset = marked(first, n);
        if (charset == null) {
            return pushback;
        }
        long skip = charset.name().startsWith("UTF-32") ? 4 : 2;
        if (pushback.skip(skip) != skip) {
            throw new IOException("the byte-order mark could not be skipped");
        }
        return new Utf8Encoding(new InputStreamReader(pushback, decoder(charset)));
    }

    /** @return the encoding that a byte-order mark at the start of {@code bytes} names, or null */
    static Charset marked(byte[] bytes, int length) {
        int b0 = length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = length > 1 ? bytes[1] & 0xFF : -1;
        int b2 = length > 2 ? bytes[2] & 0xFF : -1;
        int b3 = length > 3 ? bytes[3] & 0xFF : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The characters of a reader as UTF-8 bytes, encoded as they are read. */
    private static final class Utf8Encoding extends InputStream {
        private final Reader reader;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer chars = CharBuffer.allocate(BUFFER);
        private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER * 3);
        private boolean end;

        Utf8Encoding(Reader reader) {
            this.reader = reader;
            chars.flip();
            bytes.flip();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!bytes.hasRemaining()) {
                if (end && !chars.hasRemaining()) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(length, bytes.remaining());
            bytes.get(buffer, offset, n);
            return n;
        }

        private void fill() throws IOException {
            chars.compact();
            int read = end ? -1 : reader.read(chars);
            chars.flip();
            if (read < 0) {
                end = true;
            }
            bytes.clear();
            var result = encoder.encode(chars, bytes, end);
            if (result.isError()) {
                result.throwException();
            }
            if (end && !chars.hasRemaining()) {
                encoder.flush(bytes);
            }
            bytes.flip();
            if (end && chars.hasRemaining() && !bytes.hasRemaining()) {
                throw new IOException("the text ends inside a character");
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
