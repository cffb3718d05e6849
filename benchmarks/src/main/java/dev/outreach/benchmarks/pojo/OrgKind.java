package dev.outreach.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An organization's kind, as its JSON code. */
public enum OrgKind {
    @JsonProperty("ministry")
    MINISTRY,
    @JsonProperty("government-agency")
    GOVERNMENT_AGENCY,
    @JsonProperty("media")
    MEDIA,
    @JsonProperty("think-tank")
    THINK_TANK,
    @JsonProperty("civil-society")
    CIVIL_SOCIETY,
    @JsonProperty("academic")
    ACADEMIC,
    @JsonProperty("business")
    BUSINESS,
    @JsonProperty("international")
    INTERNATIONAL;
}
