package dev.outreach.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far an organization reaches, as its JSON code. */
public enum OrgScope {
    @JsonProperty("national")
    NATIONAL,
    @JsonProperty("regional")
    REGIONAL,
    @JsonProperty("international")
    INTERNATIONAL;
}
