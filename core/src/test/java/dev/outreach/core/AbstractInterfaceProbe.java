package dev.outreach.core;

import org.immutables.value.Value;

/**
 * A test-only type whose constraint is declared on an interface it implements, where
 * {@link FastRules} does not look: Hibernate Validator must check it.
 */
@OutreachStyle
@Value.Immutable
abstract class AbstractInterfaceProbe implements HasCodeProbe {

    @Override
    public abstract String code();

    @Value.Check
    final void check() {
        Validators.check(this);
    }
}
