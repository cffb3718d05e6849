package dev.outreach.format;

import java.io.IOException;

/**
 * The view of a streaming generator that the format writes through: a thin adapter over a
 * Jackson 2 or Jackson 3 {@code JsonGenerator}.
 */
public interface TokenWriter {

    /**
     * @param value the value the object stands for
     * @throws IOException if the output cannot be written
     */
    void startObject(Object value) throws IOException;

    /** @throws IOException if the output cannot be written */
    void endObject() throws IOException;

    /** @throws IOException if the output cannot be written */
    void startArray() throws IOException;

    /** @throws IOException if the output cannot be written */
    void endArray() throws IOException;

    /**
     * @param name a property name
     * @throws IOException if the output cannot be written
     */
    void name(String name) throws IOException;

    /**
     * Writes one of the format's own property names, which the writer may keep prepared in
     * {@code name} ({@link Name#prepared}); by default it writes {@link Name#text()}.
     *
     * @param name a property name of the format
     * @throws IOException if the output cannot be written
     */
    default void name(Name name) throws IOException {
        name(name.text());
    }

    /**
     * @param value a string
     * @throws IOException if the output cannot be written
     */
    void string(String value) throws IOException;

    /**
     * @param value a whole number
     * @throws IOException if the output cannot be written
     */
    void number(int value) throws IOException;

    /** @return whether the next value written is the document's root */
    boolean atRoot();
}
