package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ministry, agency, outlet, institute or other body (schema.org Organization). A regional
 * organization lists the provinces it reaches; a national or international one lists none.
 */
@Value.Immutable
abstract class AbstractOrganization implements Consistent {

    /** @return the identifier, a lowercase slug such as {@code kemlu} */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String id();

    /** @return the full name, such as Kementerian Luar Negeri / Ministry of Foreign Affairs */
    @NotNull(message = "{outreach.required}")
    @MaxLength(max = 300)
    @Published
    public abstract BilingualText name();

    /** @return the short name or acronym (schema.org alternateName), such as {@code Kemlu} */
    public abstract Optional<@CleanText(max = 32) String> acronym();

    /** @return what kind of body it is */
    @NotNull(message = "{outreach.required}")
    public abstract OrganizationKind kind();

    /** @return how far it reaches; national unless said otherwise */
    @Value.Default
    public Scope scope() {
        return Scope.NATIONAL;
    }

    /** @return the provinces a regional organization reaches; empty for any other scope */
    public abstract List<@NotNull(message = "{outreach.required}") Subdivision> provinces();

    /** @return the website, an absolute https URL */
    public abstract Optional<@HttpsUrl URI> website();

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        if (scope() == Scope.REGIONAL && provinces().isEmpty()) {
            problems.report("outreach.organization.regionalWithoutProvinces", "provinces");
        }
        if (scope() != Scope.REGIONAL && !provinces().isEmpty()) {
            problems.report("outreach.organization.provincesWithoutRegional", "provinces");
        }
        problems.requireUnique(provinces(), p -> p, "provinces", null, "outreach.duplicate");
    }
}
