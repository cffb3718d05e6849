package dev.outreach.core;

/** What a partner does for a program. */
public enum PartnerRole implements Coded {
    /** Hosts episodes together with the organizer, such as a co-host ministry. */
    CO_HOST("co-host"),
    /** Carries or reports the program to its audience. */
    MEDIA_PARTNER("media-partner"),
    /** Brings the subject matter or the speakers of an episode. */
    CONTENT_PARTNER("content-partner"),
    /** Gives research or advice, such as a think tank. */
    KNOWLEDGE_PARTNER("knowledge-partner"),
    /** Funds the program. */
    SPONSOR("sponsor"),
    /** Supports the program in any other way. */
    SUPPORTER("supporter");

    private final String code;

    PartnerRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param code a stable code such as {@code "co-host"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static PartnerRole fromCode(String code) {
        return Coded.fromCode(PartnerRole.class, code);
    }
}
