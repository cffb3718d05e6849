package dev.outreach.core;

import org.immutables.value.Value;

/**
 * A test-only type whose constraint is declared on an interface it implements, where
 * {@link FastRules} does not look: Hibernate Validator must check it. Its generated class is
 * package-private, unlike the model's ({@link OutreachStyle}): a public one would name this
 * package-private type and interface in its builder's {@code from} methods, which the
 * compiler's exports lint rejects.
 */
@Value.Style(
        typeAbstract = "Abstract*",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        validationMethod = Value.Style.ValidationMethod.NONE,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class})
@Value.Immutable
abstract class AbstractInterfaceProbe implements HasCodeProbe {

    @Override
    public abstract String code();

    @Value.Check
    final void check() {
        Validators.check(this);
    }
}
