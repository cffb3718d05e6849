package dev.outreach.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An organization. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "name", "acronym", "kind", "scope", "provinces", "website"})
public class OrganizationBean {
    private String id;
    private TextBean name;
    private String acronym;
    private OrgKind kind;
    private OrgScope scope;
    private List<String> provinces;
    private String website;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TextBean getName() {
        return name;
    }

    public void setName(TextBean name) {
        this.name = name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public OrgKind getKind() {
        return kind;
    }

    public void setKind(OrgKind kind) {
        this.kind = kind;
    }

    public OrgScope getScope() {
        return scope;
    }

    public void setScope(OrgScope scope) {
        this.scope = scope;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = provinces;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
