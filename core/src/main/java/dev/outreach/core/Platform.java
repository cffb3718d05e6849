package dev.outreach.core;

/** A platform a program is broadcast or streamed on. */
public enum Platform implements Coded {
    /** X Spaces, the live audio rooms of X, called Twitter Spaces until 2023. */
    X_SPACES("x-spaces"),
    /** YouTube Live. */
    YOUTUBE_LIVE("youtube-live"),
    /** Instagram Live. */
    INSTAGRAM_LIVE("instagram-live"),
    /** Facebook Live. */
    FACEBOOK_LIVE("facebook-live"),
    /** TikTok LIVE. */
    TIKTOK_LIVE("tiktok-live"),
    /** LinkedIn Live. */
    LINKEDIN_LIVE("linkedin-live"),
    /** Spotify (podcasts and live audio). */
    SPOTIFY("spotify"),
    /** Clubhouse rooms. */
    CLUBHOUSE("clubhouse"),
    /** Zoom meetings and webinars. */
    ZOOM("zoom"),
    /** Broadcast radio. */
    RADIO("radio"),
    /** The organizer's own website. */
    WEBSITE("website");

    private final String code;

    Platform(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * @param code a stable code such as {@code "x-spaces"}
     * @return the constant with that code
     * @throws InvalidContentException if no constant has that code
     */
    public static Platform fromCode(String code) {
        return Coded.fromCode(Platform.class, code);
    }
}
