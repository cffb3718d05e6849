package dev.outreach.examples;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A file size for {@code --max-size}: a number of bytes, or of kibibytes, mebibytes or gibibytes
 * with the suffix {@code K}, {@code M} or {@code G} ({@code 16M} is 16,777,216 bytes).
 */
final class FileSize {

    /** The largest file the tool reads unless told otherwise, 16 MiB. */
    static final long DEFAULT = 16L << 20;

    private FileSize() {
    }

    /**
     * @param text such as {@code 16M}, {@code 512K} or {@code 1000000}
     * @return the size in bytes, 1 or more
     * @throws IllegalArgumentException if the text is not such a size
     */
    static long parse(String text) {
        String digits = text.trim().toUpperCase(Locale.ROOT);
        int shift = 0;
        if (!digits.isEmpty() && "KMG".indexOf(digits.charAt(digits.length() - 1)) >= 0) {
            shift = 10 * ("KMG".indexOf(digits.charAt(digits.length() - 1)) + 1);
            digits = digits.substring(0, digits.length() - 1);
        }
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a size");
        }
        long size = Long.parseLong(digits) << shift;
        if (size < 1) {
            throw new IllegalArgumentException("not a size");
        }
        return size;
    }

    /** Reads {@code --max-size SIZE}. */
    static final class Converter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a size: give bytes, or a number "
                        + "followed by K, M or G, such as 64M");
            }
        }
    }
}
