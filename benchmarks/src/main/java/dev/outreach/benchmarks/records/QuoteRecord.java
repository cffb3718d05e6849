package dev.outreach.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.outreach.benchmarks.pojo.Form;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A quote.
 *
 * @param speakerId the slug of who said it
 * @param text      the words
 * @param language  the language they were said in
 * @param form      verbatim or paraphrase
 * @param saidAt    when they were said
 * @param source    where the record of them is
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record QuoteRecord(
        @NotNull @Size(max = RecordValidation.MAX_SLUG) @Pattern(regexp = RecordValidation.SLUG) String speakerId,
        @NotNull @Valid TextRecord text,
        @NotNull @Size(min = 2, max = 64) String language,
        Form form,
        @Size(min = 10, max = 40) String saidAt,
        @Size(max = 2000) String source) {
}
