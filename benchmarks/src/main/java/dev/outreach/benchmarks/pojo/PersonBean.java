package dev.outreach.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A person. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "name", "honorificPrefix", "jobTitle", "affiliation"})
public class PersonBean {
    private String id;
    private String name;
    private String honorificPrefix;
    private TextBean jobTitle;
    private OrganizationBean affiliation;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHonorificPrefix() {
        return honorificPrefix;
    }

    public void setHonorificPrefix(String honorificPrefix) {
        this.honorificPrefix = honorificPrefix;
    }

    public TextBean getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(TextBean jobTitle) {
        this.jobTitle = jobTitle;
    }

    public OrganizationBean getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(OrganizationBean affiliation) {
        this.affiliation = affiliation;
    }
}
