package dev.outreach.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Generated;
import org.immutables.value.Value;

/**
 * How the model's immutable types are generated. A meta-annotation kept in the source only.
 *
 * <p>{@code Abstract*} classes, package-private, define the types; the generated public final
 * classes take the plain name. Mandatory-attribute checks are left to the model's own
 * validation, which reports every violation at once, as an {@link InvalidContentException}: the
 * exception that each generated {@code build()} documents (a missing attribute is one of its
 * violations, never an {@code IllegalStateException}). A required whole number is an
 * {@code Integer}, so that leaving it out is "is required" rather than a rule broken by zero. Of the annotations Immutables may copy
 * from the class path, only {@code @Override} and Immutables' own {@code @Generated} are allowed:
 * the latter, kept in the class files, is how JaCoCo and PIT tell the generated classes from the
 * hand-written ones. Its jar ({@code org.immutables:value-annotations}, annotations only) comes
 * with this library, so a compiler reading the generated classes finds it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        typeAbstract = "Abstract*",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        validationMethod = Value.Style.ValidationMethod.NONE,
        throwForInvalidImmutableState = InvalidContentException.class,
        depluralize = true,
        depluralizeDictionary = {"speaker:speakers", "quote:quotes", "partner:partners", "episode:episodes",
            "event:events", "relation:relations", "commentary:commentaries", "organizer:organizers",
            "province:provinces", "program:programs", "coverage:coverage", "partnerId:partnerIds",
            "eventId:eventIds", "about:about", "partnerGroup:partnerGroups", "organizationId:organizationIds",
            "provincesReached:provincesReached", "provincesNotReached:provincesNotReached"},
        jdkOnly = true,
        allParameters = false,
        allowedClasspathAnnotations = {Override.class, Generated.class},
        defaults = @Value.Immutable(copy = true, prehash = false))
@interface OutreachStyle {
}
