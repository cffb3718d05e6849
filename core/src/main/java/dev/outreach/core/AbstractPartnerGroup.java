package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/** The partners of a program of one kind and scope, in a {@link ReachReport}. */
@Value.Immutable
abstract class AbstractPartnerGroup {

    /** @return the kind of the organizations */
    @NotNull(message = "{outreach.required}")
    public abstract OrganizationKind kind();

    /** @return their scope */
    @NotNull(message = "{outreach.required}")
    public abstract Scope scope();

    /** @return the identifiers of the organizations, in the program's order */
    public abstract List<@NotNull(message = "{outreach.required}") @Slug String> organizationIds();

    @Value.Check
    final void check() {
        Validators.check(this);
    }
}
