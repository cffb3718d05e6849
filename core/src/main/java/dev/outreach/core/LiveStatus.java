package dev.outreach.core;

/** Where a live episode stands, after Podcasting 2.0's podcast:liveItem status. */
public enum LiveStatus implements Coded {
    /** Announced, not started yet. */
    PENDING("pending"),
    /** On air now. */
    LIVE("live"),
    /** Over. */
    ENDED("ended");

    private final String code;

    LiveStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param code a stable code such as {@code "pending"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static LiveStatus fromCode(String code) {
        return Coded.fromCode(LiveStatus.class, code);
    }
}
