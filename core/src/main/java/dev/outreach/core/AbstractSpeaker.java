package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/** A person speaking in an episode, in a role such as host or guest. */
@Value.Immutable
abstract class AbstractSpeaker {

    /** @return who speaks */
    @NotNull(message = "{outreach.required}")
    public abstract Person person();

    /** @return the role in the episode */
    @NotNull(message = "{outreach.required}")
    public abstract SpeakerRole role();

    /**
     * @param person who speaks
     * @param role   the role in the episode
     * @return the speaker
     */
    public static Speaker of(Person person, SpeakerRole role) {
        return Speaker.builder().person(person).role(role).build();
    }

    /** @return the person's identifier, which quotes refer to */
    public String personId() {
        return person().id();
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }
}
