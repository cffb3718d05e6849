package dev.outreach.core;

/** Whether a quote gives the speaker's own words. */
public enum QuoteForm implements Coded {
    /** The speaker's exact words, in quotation marks in the source. */
    VERBATIM("verbatim"),
    /** The speaker's point in the source's words. */
    PARAPHRASE("paraphrase");

    private final String code;

    QuoteForm(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param code a stable code such as {@code "verbatim"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static QuoteForm fromCode(String code) {
        return Coded.fromCode(QuoteForm.class, code);
    }
}
