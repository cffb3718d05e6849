package dev.outreach.boot3;

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

    OutreachContentNotReadableException(OutreachProblemType type, List<Violation> violations, int line, int column,
            Throwable cause, HttpInputMessage input) {
        super(summary(type, violations), cause, input);
        this.type = Objects.requireNonNull(type, "type");
        this.violations = List.copyOf(violations);
        this.line = line;
        this.column = column;
    }

    /** @return the kind of problem */
    public OutreachProblemType type() {
        return type;
    }

    /** @return every violation of an invalid document, in the order the reader found them; empty for other problems */
    public List<Violation> violations() {
        return violations;
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
    static String summary(OutreachProblemType type, List<Violation> violations) {
        switch (type) {
            case INVALID_CONTENT:
                return "Outreach content refused: " + violations.size()
                        + (violations.size() == 1 ? " violation" : " violations");
            case MALFORMED_DOCUMENT:
                return "Outreach content refused: not a JSON document";
            case EMPTY_BODY:
                return "Outreach content refused: empty body";
            default:
                return "Outreach content refused: unsupported media type";
        }
    }
}
