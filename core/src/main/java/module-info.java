/**
 * The Outreach model: validated immutable values for a ministry's outreach content.
 * Depends on Jakarta Validation and Hibernate Validator (and, for compilers, Immutables'
 * annotations); no Jackson, no Jakarta EL.
 */
// Immutables' annotations jar has no module descriptor (an automatic module). Compilers read its
// annotations on the model's classes, so it is passed on to them; nothing needs it at run time.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.outreach.core {
    requires static transitive org.immutables.value.annotations;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports dev.outreach.core;

    // Hibernate Validator reads the constraint annotations and accessors by reflection.
    opens dev.outreach.core to org.hibernate.validator;
}
