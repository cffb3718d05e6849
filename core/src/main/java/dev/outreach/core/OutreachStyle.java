package dev.outreach.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How the model's immutable types are generated. A meta-annotation kept in the source only, so
 * that applications compiling against this library never need Immutables on their class path
 * (and see no warnings about its annotations).
 *
 * <p>{@code Abstract*} classes, package-private, define the types; the generated public final
 * classes take the plain name. Mandatory-attribute checks are left to the model's own
 * validation, which reports every violation at once. Only {@code @Override} is copied from the
 * class path, so no {@code @Generated} annotation of another library ends up in the classes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        typeAbstract = "Abstract*",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        validationMethod = Value.Style.ValidationMethod.NONE,
        depluralize = true,
        depluralizeDictionary = {"speaker:speakers", "quote:quotes", "partner:partners", "episode:episodes",
            "event:events", "relation:relations", "commentary:commentaries", "organizer:organizers",
            "province:provinces", "program:programs", "coverage:coverage", "partnerId:partnerIds",
            "eventId:eventIds", "about:about", "partnerGroup:partnerGroups", "organizationId:organizationIds",
            "provincesReached:provincesReached", "provincesNotReached:provincesNotReached"},
        jdkOnly = true,
        allParameters = false,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = true, prehash = false))
@interface OutreachStyle {
}
