package dev.outreach.format;

import java.io.IOException;
import java.util.List;

/**
 * The view of a streaming parser that the format reads through: a thin adapter over a Jackson
 * 2 or Jackson 3 {@code JsonParser}, so that the format itself is written once.
 */
public interface TokenReader {

    /** @return the current token */
    Token token();

    /**
     * @return the next token
     * @throws IOException if the input cannot be read or is not well-formed
     */
    Token next() throws IOException;

    /**
     * Moves to the next property of the current object.
     *
     * @return the property's name, or null at the end of the object
     * @throws IOException if the input cannot be read or is not well-formed
     */
    String nextFieldName() throws IOException;

    /**
     * @return the text of the current string token
     * @throws IOException if the input cannot be read
     */
    String text() throws IOException;

    /**
     * @return whether the current whole number fits a Java int
     * @throws IOException if the input cannot be read
     */
    boolean fitsInt() throws IOException;

    /**
     * @return the current whole number
     * @throws IOException if the input cannot be read
     */
    int intValue() throws IOException;

    /**
     * Skips the object or array that starts at the current token, leaving the reader on its end.
     *
     * @throws IOException if the input cannot be read or is not well-formed
     */
    void skipChildren() throws IOException;

    /**
     * @return the location of the current value (for a start token, of the object or array it
     *         starts; for an end token, of the object or array it ends) as property names and
     *         indexes, from the document root
     */
    List<Object> location();

    /** @return whether the current token starts or ends the document's root object */
    boolean atRoot();
}
