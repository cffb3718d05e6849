package dev.outreach.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An episode; the root of a document, whose {@code outreachFormat} is ignored.
 *
 * @param id          its slug
 * @param number      its number, 1 or more
 * @param title       its title
 * @param description its description
 * @param aired       when it aired
 * @param status      its live status
 * @param platform    its platform
 * @param url         its link
 * @param speakers    who spoke
 * @param quotes      what they said
 * @param partnerIds  the slugs of the partners that took part
 * @param eventIds    the slugs of the events it promoted
 */
@JsonIgnoreProperties({"outreachFormat"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EpisodeRecord(
        @NotNull @Size(max = RecordValidation.MAX_SLUG) @Pattern(regexp = RecordValidation.SLUG) String id,
        @Min(1) int number,
        @NotNull @Valid TextRecord title,
        @Valid TextRecord description,
        @Size(min = 10, max = 40) String aired,
        @Size(min = 1, max = 16) String status,
        @Size(min = 1, max = 32) String platform,
        @Size(max = 2000) String url,
        List<@NotNull @Valid SpeakerRecord> speakers,
        List<@NotNull @Valid QuoteRecord> quotes,
        List<@NotNull @Size(max = RecordValidation.MAX_SLUG) @Pattern(regexp = RecordValidation.SLUG) String> partnerIds,
        List<@NotNull @Size(max = RecordValidation.MAX_SLUG) @Pattern(regexp = RecordValidation.SLUG) String> eventIds) {
}
