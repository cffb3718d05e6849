package dev.outreach.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.outreach.benchmarks.pojo.OrgKind;
import dev.outreach.benchmarks.pojo.OrgScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An organization.
 *
 * @param id        its slug
 * @param name      its name
 * @param acronym   its acronym
 * @param kind      its kind
 * @param scope     its reach
 * @param provinces the ISO 3166-2 codes of the provinces it reaches
 * @param website   its website
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OrganizationRecord(
        @NotNull @Size(max = RecordValidation.MAX_SLUG) @Pattern(regexp = RecordValidation.SLUG) String id,
        @NotNull @Valid TextRecord name,
        @Size(min = 1, max = 32) String acronym,
        @NotNull OrgKind kind,
        OrgScope scope,
        List<@NotNull @Size(min = 4, max = 6) String> provinces,
        @Size(max = 2000) String website) {
}
