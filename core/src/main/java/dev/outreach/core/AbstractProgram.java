package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A recurring outreach program (schema.org PodcastSeries), such as Kemlu Space on X Spaces:
 * who runs it, on which platform, with which partners, and its episodes.
 */
@Value.Immutable
abstract class AbstractProgram implements Consistent {

    /** @return the identifier, a lowercase slug such as {@code kemlu-space} */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String id();

    /** @return the name, such as Kemlu Space */
    @NotNull(message = "{outreach.required}")
    @MaxLength(max = 200)
    @Published
    public abstract BilingualText name();

    /** @return what the program is for */
    public abstract Optional<@Published BilingualText> description();

    /** @return who runs it */
    @NotNull(message = "{outreach.required}")
    public abstract Organization organizer();

    /** @return where it is broadcast */
    @NotNull(message = "{outreach.required}")
    public abstract Platform platform();

    /** @return the program's page or account, an absolute https URL */
    public abstract Optional<@HttpsUrl URI> url();

    /** @return the partner organizations, each once */
    public abstract List<@NotNull(message = "{outreach.required}") Partner> partners();

    /** @return the episodes, with unique identifiers and numbers */
    public abstract List<@NotNull(message = "{outreach.required}") Episode> episodes();

    /**
     * @param number an episode number
     * @return the episode with that number, if any
     */
    public Optional<Episode> episode(int number) {
        return episodes().stream().filter(episode -> episode.number() == number).findFirst();
    }

    /**
     * @param organizationId an organization's identifier
     * @return the partner with that identifier, if any
     */
    public Optional<Partner> partner(String organizationId) {
        return partners().stream().filter(partner -> partner.organizationId().equals(organizationId)).findFirst();
    }

    @Value.Check
    final void check() {
        Validators.check(this);
    }

    @Override
    public void checkConsistency(Problems problems) {
        problems.requireUnique(episodes(), Episode::id, "episodes", "id", "outreach.duplicate");
        problems.requireUnique(episodes(), Episode::number, "episodes", "number", "outreach.episode.duplicateNumber");
        Set<String> partnerIds = problems.uniqueKeys(partners(), Partner::organizationId, "partners",
                "organization", "outreach.duplicate");
        new Definitions(problems).program(this);
        List<Episode> episodes = episodes();
        for (int e = 0; e < episodes.size(); e++) {
            problems.visit();
            List<String> ids = episodes.get(e).partnerIds();
            for (int p = 0; p < ids.size(); p++) {
                problems.visit();
                if (!partnerIds.contains(ids.get(p))) {
                    problems.report("outreach.episode.unknownPartner", "episodes", e, "partnerIds", p);
                }
            }
        }
    }

    /** The methods that {@link Program.Builder} adds for plain values. */
    public abstract static class Builder {

        Builder() {
        }

        /**
         * @param url the program's page, an absolute https URL
         * @return this builder
         */
        public abstract Program.Builder url(URI url);

        /**
         * @param url the program's page, an absolute https URL, such as {@code https://kemlu.go.id/kemlu-space}
         * @return this builder
         * @throws InvalidContentException at {@code url} if the text is not an absolute https URL
         */
        public final Program.Builder url(String url) {
            return url(Plain.link(Program.class, "url", url));
        }
    }
}
