package dev.outreach.core;

/** How people attend an event, after schema.org's EventAttendanceModeEnumeration. */
public enum AttendanceMode implements Coded {
    /** In person only. */
    OFFLINE("offline"),
    /** Online only. */
    ONLINE("online"),
    /** In person and online. */
    MIXED("mixed");

    private final String code;

    AttendanceMode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param code a stable code such as {@code "offline"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static AttendanceMode fromCode(String code) {
        return Coded.fromCode(AttendanceMode.class, code);
    }
}
