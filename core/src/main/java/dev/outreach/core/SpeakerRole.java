package dev.outreach.core;

/** What a person does in an episode, after the roles of Podcasting 2.0's podcast:person. */
public enum SpeakerRole implements Coded {
    /** Runs the episode for the organizer. */
    HOST("host"),
    /** Runs the episode beside the host. */
    CO_HOST("co-host"),
    /** Hosts this episode in place of the regular host. */
    GUEST_HOST("guest-host"),
    /** Leads the discussion and the questions. */
    MODERATOR("moderator"),
    /** Invited to speak. */
    GUEST("guest"),
    /** Speaks as a member of a panel. */
    PANELIST("panelist"),
    /** Gives the opening or main address. */
    KEYNOTE("keynote"),
    /** Speaks for an organization, such as the ministry's spokesperson. */
    SPOKESPERSON("spokesperson"),
    /** Renders what others say into another language. */
    INTERPRETER("interpreter"),
    /** Opens, links and closes the programme of an occasion (pembawa acara). */
    MASTER_OF_CEREMONIES("master-of-ceremonies");

    private final String code;

    SpeakerRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param code a stable code such as {@code "host"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static SpeakerRole fromCode(String code) {
        return Coded.fromCode(SpeakerRole.class, code);
    }
}
