/**
 * The Outreach model: validated immutable values for a ministry's outreach content.
 * Depends on Jakarta Validation and Hibernate Validator only; no Jackson, no Jakarta EL.
 */
// Immutables ships no module descriptor (an automatic module): needed at compile time only, for
// its annotations, which the compiled classes do not need at run time.
@SuppressWarnings("requires-automatic")
module dev.outreach.core {
    requires static org.immutables.value;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports dev.outreach.core;

    // Hibernate Validator reads the constraint annotations and accessors by reflection.
    opens dev.outreach.core to org.hibernate.validator;
}
