package dev.outreach.core;

import jakarta.validation.constraints.NotNull;

/** A test-only contract with a constraint on its accessor, for {@link AbstractInterfaceProbe}. */
interface HasCodeProbe {

    /** @return a slug */
    @NotNull(message = "{outreach.required}")
    @Slug
    String code();
}
