package dev.outreach.core;

/** How an event belongs to another event. */
public enum EventRelationKind implements Coded {
    /** Held alongside the other event, as WCCE 2022 was alongside the G20. */
    SIDE_EVENT_OF("side-event-of"),
    /** One session or stage of the other event (schema.org superEvent). */
    PART_OF("part-of");

    private final String code;

    EventRelationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param code a stable code such as {@code "side-event-of"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static EventRelationKind fromCode(String code) {
        return Coded.fromCode(EventRelationKind.class, code);
    }
}
