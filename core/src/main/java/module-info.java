/**
 * The Outreach model: validated immutable values for a ministry's outreach content.
 * Depends on Jakarta Validation and Hibernate Validator only; no Jackson, no Jakarta EL.
 */
module dev.outreach.core {
    requires static transitive org.immutables.value.annotations;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports dev.outreach.core;

    // Hibernate Validator reads the constraint annotations and accessors by reflection.
    opens dev.outreach.core to org.hibernate.validator;
}
