package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ministry, agency, outlet, institute or other body (schema.org Organization). A regional
 * organization lists the provinces it reaches; a national or international one lists none. A
 * diplomatic mission (KBRI Tokyo) names its host country ({@code JP}) and may name the body it
 * belongs to (Kemlu) as its parent organization, up to {@value #MAX_PARENTS} levels up.
 */
@Value.Immutable
abstract class AbstractOrganization implements Consistent {

    /** The most organizations above one, through its parent, its parent's parent and so on. */
    public static final int MAX_PARENTS = 8;

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

    /**
     * @return the country a diplomatic mission is in, such as {@code JP} for KBRI Tokyo: required
     *         for a {@link OrganizationKind#DIPLOMATIC_MISSION}, refused for any other kind
     */
    public abstract Optional<CountryCode> hostCountry();

    /** @return how far it reaches; national unless said otherwise */
    @Value.Default
    public Scope scope() {
        return Scope.NATIONAL;
    }

    /** @return the provinces a regional organization reaches; empty for any other scope */
    public abstract List<@NotNull(message = "{outreach.required}") Subdivision> provinces();

    /** @return the website, an absolute https URL */
    public abstract Optional<@HttpsUrl URI> website();

    /**
     * @return the organization it belongs to (schema.org parentOrganization), such as Kemlu for
     *         KBRI Tokyo; never itself, directly or further up, and at most {@value #MAX_PARENTS}
     *         levels up
     */
    public abstract Optional<Organization> parentOrganization();

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
        boolean mission = kind() == OrganizationKind.DIPLOMATIC_MISSION;
        if (mission && hostCountry().isEmpty()) {
            problems.report("outreach.organization.missionWithoutHostCountry", "hostCountry");
        }
        if (!mission && hostCountry().isPresent()) {
            problems.report("outreach.organization.hostCountryWithoutMission", "hostCountry");
        }
        checkParents(problems);
    }

    /**
     * The organizations above this one: none has its identifier, and there are at most
     * {@value #MAX_PARENTS}. The parent was checked when it was built, so the walk stops after
     * {@value #MAX_PARENTS} + 1 steps.
     */
    private void checkParents(Problems problems) {
        List<Object> path = new ArrayList<>(4);
        Optional<Organization> above = parentOrganization();
        while (above.isPresent()) {
            problems.visit();
            path.add("parentOrganization");
            if (path.size() > MAX_PARENTS) {
                problems.report("outreach.organization.tooManyParents", Map.of("max", MAX_PARENTS),
                        "parentOrganization");
                return;
            }
            if (above.get().id().equals(id())) {
                path.add("id");
                problems.report("outreach.organization.ownParent", Map.of(), path.toArray());
                return;
            }
            above = above.get().parentOrganization();
        }
    }

    /** The methods that {@link Organization.Builder} adds for plain values. */
    public abstract static class Builder {

        Builder() {
        }

        /**
         * @param website the website, an absolute https URL
         * @return this builder
         */
        public abstract Organization.Builder website(URI website);

        /**
         * @param website the website, an absolute https URL, such as {@code https://kemlu.go.id}
         * @return this builder
         * @throws InvalidContentException at {@code website} if the text is not an absolute https URL
         */
        public final Organization.Builder website(String website) {
            return website(Plain.link(Organization.class, "website", website));
        }
    }
}
