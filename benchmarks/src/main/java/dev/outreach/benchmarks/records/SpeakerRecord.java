package dev.outreach.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.outreach.benchmarks.pojo.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A speaker of an episode.
 *
 * @param person who speaks
 * @param role   their role
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SpeakerRecord(@NotNull @Valid PersonRecord person, @NotNull Role role) {
}
