package dev.outreach.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A speaker of an episode. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"person", "role"})
public class SpeakerBean {
    private PersonBean person;
    private Role role;

    public PersonBean getPerson() {
        return person;
    }

    public void setPerson(PersonBean person) {
        this.person = person;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
