package dev.outreach.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;

/**
 * A text in Indonesian ({@code id}) and/or English ({@code en}).
 *
 * @param id the Indonesian text
 * @param en the English text
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TextRecord(
        @Size(min = 1, max = RecordValidation.MAX_TEXT) String id,
        @Size(min = 1, max = RecordValidation.MAX_TEXT) String en) {
}
