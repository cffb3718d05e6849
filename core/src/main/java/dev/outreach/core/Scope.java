package dev.outreach.core;

/** How far an organization's work or audience reaches. */
public enum Scope implements Coded {
    /** The whole country. */
    NATIONAL("national"),
    /** One or more provinces, which the organization lists. */
    REGIONAL("regional"),
    /** Beyond the country. */
    INTERNATIONAL("international");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param code a stable code such as {@code "national"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static Scope fromCode(String code) {
        return Coded.fromCode(Scope.class, code);
    }
}
