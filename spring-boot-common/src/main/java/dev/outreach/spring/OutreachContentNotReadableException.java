package dev.outreach.spring;

import dev.outreach.core.Violation;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Thrown when an Outreach body cannot be read: by the server when a request's body is invalid
 * (and answered with a problem detail), and to a {@code RestClient} or {@code RestTemplate} caller
 * (as the cause of its {@code RestClientException}) when a response's body is. It holds every
 * violation of the document with its JSON Pointer; its message never repeats the input.
 */
public final class OutreachContentNotReadableException extends HttpMessageNotReadableException {

    private static final long serialVersionUID = 1L;

    /** The kind of problem. */
    private final OutreachProblemType type;
    /** Every violation, for {@link OutreachProblemType#INVALID_CONTENT}; empty otherwise. */
    @SuppressWarnings("serial") // an unmodifiable list of serializable violations
    private final List<Violation> violations;
    /** The line of a malformed document's error, 1-based; 0 when not known. */
    private final int line;
    /** The column of a malformed document's error, 1-based; 0 when not known. */
    private final int column;
    /** How many violations the reader counted beyond those it kept. */
    private final int omitted;

    private OutreachContentNotReadableException(OutreachProblemType type, List<Violation> violations, int omitted,
            int line, int column, HttpInputMessage input) {
        super(summary(type, violations.size() + omitted), null, input);
        this.type = Objects.requireNonNull(type, "type");
        this.violations = List.copyOf(violations);
        this.line = line;
        this.column = column;
        this.omitted = omitted;
    }

    /**
     * @param violations the violations of the document the reader kept, with their JSON Pointers
     * @param omitted    how many more it counted without keeping them (0 for all kept)
     * @param input      the message whose body was read
     * @return the exception of a document that breaks rules of the format
     */
    public static OutreachContentNotReadableException invalidContent(List<Violation> violations, int omitted,
            HttpInputMessage input) {
        return new OutreachContentNotReadableException(OutreachProblemType.INVALID_CONTENT, violations,
                Math.max(omitted, 0), 0, 0, input);
    }

    /**
     * The input's own error is not kept as the cause: Jackson's messages repeat the input.
     *
     * @param line   the line where the body stops being JSON, 1-based, or 0 when not known
     * @param column the column, 1-based, or 0 when not known
     * @param input  the message whose body was read
     * @return the exception of a body that is not a JSON document, or one beyond the read limits
     */
    public static OutreachContentNotReadableException malformedDocument(int line, int column,
            HttpInputMessage input) {
        return new OutreachContentNotReadableException(OutreachProblemType.MALFORMED_DOCUMENT, List.of(), 0,
                Math.max(line, 0), Math.max(column, 0), input);
    }

    /**
     * @param input the message without a body, or null when Spring gave none
     * @return the exception of a missing body where one is required
     */
    public static OutreachContentNotReadableException emptyBody(HttpInputMessage input) {
        return new OutreachContentNotReadableException(OutreachProblemType.EMPTY_BODY, List.of(), 0, 0, 0, input);
    }

    /** @return the problem of a body in another media type than JSON, which no converter read */
    static OutreachContentNotReadableException unsupportedMediaType() {
        return new OutreachContentNotReadableException(OutreachProblemType.UNSUPPORTED_MEDIA_TYPE, List.of(), 0, 0,
                0, null);
    }

    /** @return the kind of problem */
    public OutreachProblemType type() {
        return type;
    }

    /** @return every violation of an invalid document, in the order the reader found them; empty for other problems */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * @return how many violations the reader counted beyond {@link #violations()}: a read keeps a
     *         bounded number, so that a document of garbage costs no more memory than a bad one
     */
    public int omitted() {
        return omitted;
    }

    /** @return the line where a malformed document stops being JSON, 1-based, or 0 when not known */
    public int line() {
        return line;
    }

    /** @return the column where a malformed document stops being JSON, 1-based, or 0 when not known */
    public int column() {
        return column;
    }

    /** @return a one-line summary for logs, without any of the input */
    static String summary(OutreachProblemType type, int violations) {
        switch (type) {
            case INVALID_CONTENT:
                return "Outreach content refused: " + violations + (violations == 1 ? " violation" : " violations");
            case MALFORMED_DOCUMENT:
                return "Outreach content refused: not a JSON document";
            case EMPTY_BODY:
                return "Outreach content refused: empty body";
            default:
                return "Outreach content refused: unsupported media type";
        }
    }
}
