package dev.outreach.jsonld;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The escapes the writer printed its documents with when it printed them with Jackson, kept as
 * the reference that {@link ScriptSafeJson} is compared with: the escapes that make JSON safe inside an HTML {@code <script>} element: {@code <}, {@code >}
 * and {@code &} as {@code \}{@code u} escapes (so neither {@code </script>} nor {@code <!--} can
 * appear), and U+2028 and U+2029, which older JavaScript takes as line ends, likewise.
 */
final class JacksonScriptSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private static final int[] ASCII = standardAsciiEscapesForJSON();
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    static {
        ASCII['<'] = ESCAPE_STANDARD;
        ASCII['>'] = ESCAPE_STANDARD;
        ASCII['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028) {
            return LINE_SEPARATOR;
        }
        if (ch == 0x2029) {
            return PARAGRAPH_SEPARATOR;
        }
        return null;
    }
}
