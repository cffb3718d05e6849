package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/** A link from an event to a larger one: a side event of it, or a part of it. */
@Value.Immutable
abstract class AbstractEventRelation {

    /** @return how the event belongs to the other */
    @NotNull(message = "{outreach.required}")
    public abstract EventRelationKind kind();

    /** @return the identifier of the other event */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String eventId();

    /**
     * @param kind    how the event belongs to the other
     * @param eventId the other event's identifier
     * @return the relation
     */
    public static EventRelation of(EventRelationKind kind, String eventId) {
        return EventRelation.builder().kind(kind).eventId(eventId).build();
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }
}
