package dev.outreach.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A speaker's role, as its JSON code. */
public enum Role {
    @JsonProperty("host")
    HOST,
    @JsonProperty("co-host")
    CO_HOST,
    @JsonProperty("guest-host")
    GUEST_HOST,
    @JsonProperty("moderator")
    MODERATOR,
    @JsonProperty("guest")
    GUEST,
    @JsonProperty("panelist")
    PANELIST,
    @JsonProperty("keynote")
    KEYNOTE;
}
