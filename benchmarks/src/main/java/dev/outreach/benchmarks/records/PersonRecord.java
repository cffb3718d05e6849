package dev.outreach.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person.
 *
 * @param id              their slug
 * @param name            their name
 * @param honorificPrefix a title before the name
 * @param jobTitle        their job title at the time
 * @param affiliation     the organization they worked for at the time
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PersonRecord(
        @NotNull @Size(max = RecordValidation.MAX_SLUG) @Pattern(regexp = RecordValidation.SLUG) String id,
        @NotNull @Size(min = 1, max = 128) String name,
        @Size(min = 1, max = 32) String honorificPrefix,
        @Valid TextRecord jobTitle,
        @Valid OrganizationRecord affiliation) {
}
