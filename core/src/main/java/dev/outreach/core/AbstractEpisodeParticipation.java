package dev.outreach.core;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/** Which of a program's partners took part in one episode, in a {@link ReachReport}. */
@Value.Immutable
abstract class AbstractEpisodeParticipation {

    /** @return the episode's identifier */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String episodeId();

    /** @return the episode's number, 1 or more; never null in a built value */
    @NotNull(message = "{outreach.required}")
    @Min(value = 1, message = "{outreach.min}")
    public abstract Integer number();

    /** @return the identifiers of the partners that took part */
    public abstract List<@NotNull(message = "{outreach.required}") @Slug String> partnerIds();

    @Value.Check
    final void check() {
        Validators.check(this);
    }
}
