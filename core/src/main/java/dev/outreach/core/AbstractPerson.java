package dev.outreach.core;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who speaks or comments (schema.org Person), with the job title and affiliation
 * they had at the time of the content, which may differ from today's.
 */
@Value.Immutable
abstract class AbstractPerson {

    /** The longest name, as Podcasting 2.0's podcast:person allows. */
    public static final int MAX_NAME = 128;

    /** @return the identifier, a lowercase slug such as {@code antonius-yudi-triantoro} */
    @NotNull(message = "{outreach.required}")
    @Slug
    public abstract String id();

    /** @return the name as published, at most {@value #MAX_NAME} characters */
    @NotNull(message = "{outreach.required}")
    @CleanText(max = MAX_NAME)
    public abstract String name();

    /** @return an honorific or title before the name, such as {@code Dr.} or {@code H.} */
    public abstract Optional<@CleanText(max = 32) String> honorificPrefix();

    /** @return the job title at the time, such as Direktur Perdagangan, ... */
    public abstract Optional<@Published @MaxLength(max = 300) BilingualText> jobTitle();

    /** @return the organization the person worked for at the time */
    public abstract Optional<Organization> affiliation();

    @Value.Check
    final void check() {
        Validators.check(this);
    }
}
