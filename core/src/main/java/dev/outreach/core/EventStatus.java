package dev.outreach.core;

/** Whether an event goes ahead as planned, after schema.org's EventStatusType. */
public enum EventStatus implements Coded {
    /** Goes ahead as planned. */
    SCHEDULED("scheduled"),
    /** Will not take place. */
    CANCELLED("cancelled"),
    /** Will take place later, on a date not yet known. */
    POSTPONED("postponed"),
    /** Moved to a new date. */
    RESCHEDULED("rescheduled"),
    /** Moved from in person to online. */
    MOVED_ONLINE("moved-online");

    private final String code;

    EventStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param code a stable code such as {@code "scheduled"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static EventStatus fromCode(String code) {
        return Coded.fromCode(EventStatus.class, code);
    }
}
