package dev.outreach.format;

import java.io.IOException;

/** Reads and writes one kind of JSON value. */
interface Codec<V> {

    /**
     * Reads the value at the parser's current token (never {@code null}, which the caller
     * handles), leaving the parser on its last token.
     *
     * @return the value, or null after reporting why it could not be read
     */
    V read(TokenReader parser, ReadContext context) throws IOException;

    /** Writes the value. */
    void write(V value, TokenWriter generator) throws IOException;

}
