package dev.outreach.spring;

import java.net.URI;

/**
 * The kinds of RFC 9457 problem the starter answers a request with whose Outreach body cannot be
 * read; each has a stable {@code type} URI that clients may rely on.
 */
public enum OutreachProblemType {

    /** A JSON document that breaks rules of the Outreach format; the problem lists every violation. */
    INVALID_CONTENT("invalid-content", 400),
    /** A body that is not a JSON document, or one beyond the format's read limits. */
    MALFORMED_DOCUMENT("malformed-document", 400),
    /** A request without the body the endpoint requires. */
    EMPTY_BODY("empty-body", 400),
    /** A body in a media type other than JSON. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415);

    private static final String BASE = "https://outreach.dev/problems/";

    private final String code;
    private final int status;

    OutreachProblemType(String code, int status) {
        this.code = code;
        this.status = status;
    }

    /** @return the problem's {@code type} URI, such as {@code https://outreach.dev/problems/invalid-content} */
    public URI uri() {
        return URI.create(BASE + code);
    }

    /** @return the last segment of the type URI, such as {@code invalid-content} */
    public String code() {
        return code;
    }

    /** @return the HTTP status of the problem */
    public int status() {
        return status;
    }
}
