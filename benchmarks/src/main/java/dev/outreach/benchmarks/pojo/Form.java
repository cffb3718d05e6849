package dev.outreach.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a quote is verbatim, as its JSON code. */
public enum Form {
    @JsonProperty("verbatim")
    VERBATIM,
    @JsonProperty("paraphrase")
    PARAPHRASE;
}
