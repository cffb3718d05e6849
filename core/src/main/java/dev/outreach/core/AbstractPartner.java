package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/** An organization working with a program, in a role such as co-host or media partner. */
@Value.Immutable
abstract class AbstractPartner {

    /** @return the partner organization */
    @NotNull(message = "{outreach.required}")
    public abstract Organization organization();

    /** @return what the partner does for the program */
    @NotNull(message = "{outreach.required}")
    public abstract PartnerRole role();

    /**
     * @param organization the partner organization
     * @param role         what it does for the program
     * @return the partner
     */
    public static Partner of(Organization organization, PartnerRole role) {
        return Partner.builder().organization(organization).role(role).build();
    }

    /** @return the organization's identifier, which episodes refer to */
    public String organizationId() {
        return organization().id();
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }
}
