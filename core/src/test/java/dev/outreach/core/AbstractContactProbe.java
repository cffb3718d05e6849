package dev.outreach.core;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A test-only type with a constraint that {@link FastRules} does not know. The style is named
 * here: the package's own is kept in the main sources only.
 */
@OutreachStyle
@Value.Immutable
abstract class AbstractContactProbe {

    @NotNull(message = "{outreach.required}")
    @Email(message = "{outreach.text.invalid}")
    public abstract String email();

    @Value.Check
    final void check() {
        Validators.check(this);
    }
}
