package dev.outreach.format;

/** The kinds of token a {@link TokenReader} reports, the same for every Jackson version. */
public enum Token {
    /** The start of an object. */
    START_OBJECT,
    /** The end of an object. */
    END_OBJECT,
    /** The start of an array. */
    START_ARRAY,
    /** The end of an array. */
    END_ARRAY,
    /** A property name. */
    FIELD_NAME,
    /** A string. */
    STRING,
    /** A whole number. */
    INTEGER,
    /** A number with a fraction or exponent. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL,
    /** Anything else a format may have (an embedded object, the end of input). */
    OTHER
}
