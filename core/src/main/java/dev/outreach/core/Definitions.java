package dev.outreach.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One definition per identifier across a value that holds organizations and persons in several
 * places (a program's organizer, its partners and its speakers' affiliations; a dossier's
 * programs, events and coverage): every place that names an organization's identifier gives the
 * same organization, and every place that names a person's identifier gives the same name.
 *
 * <p>An organization is the same when all its properties are, its parent being compared by
 * identifier only: the parent is an organization of its own, checked where it appears. A person
 * is the same when the name is: the job title, honorific and affiliation are as they were at the
 * time of the content, and may differ from one appearance to the next.
 *
 * <p>A conflict is reported at the first place the identifier appears and at each place that
 * differs from it. The work is one visit and one hash lookup per organization, parent and
 * person: linear in the size of the value.
 */
final class Definitions {

    private final Problems problems;
    private final Map<String, Seen<Organization>> organizations = new HashMap<>();
    private final Map<String, Seen<Person>> persons = new HashMap<>();

    /** Where an identifier first appeared, with what, and whether that place was reported. */
    private static final class Seen<T> {
        final T value;
        final Object[] path;
        boolean reported;

        Seen(T value, Object[] path) {
            this.value = value;
            this.path = path;
        }
    }

    Definitions(Problems problems) {
        this.problems = problems;
    }

    /** Checks a program's organizer, partners and its episodes' speakers, under {@code path}. */
    void program(AbstractProgram program, Object... path) {
        organization(program.organizer(), append(path, "organizer"));
        List<Partner> partners = program.partners();
        for (int i = 0; i < partners.size(); i++) {
            organization(partners.get(i).organization(), append(path, "partners", i, "organization"));
        }
        List<Episode> episodes = program.episodes();
        for (int e = 0; e < episodes.size(); e++) {
            problems.visit();
            speakers(episodes.get(e).speakers(), append(path, "episodes", e, "speakers"));
        }
    }

    /** Checks an event's organizers, under {@code path}. */
    void event(AbstractEvent event, Object... path) {
        List<Organization> organizers = event.organizers();
        for (int i = 0; i < organizers.size(); i++) {
            organization(organizers.get(i), append(path, "organizers", i));
        }
    }

    /** Checks the commentators of an article's commentaries, under {@code path}. */
    void coverage(AbstractCoverage coverage, Object... path) {
        List<Commentary> commentaries = coverage.commentaries();
        for (int i = 0; i < commentaries.size(); i++) {
            person(commentaries.get(i).commentator(), append(path, "commentaries", i, "commentator"));
        }
    }

    /** Checks the persons of a list of speakers, at {@code listPath[i].person}. */
    void speakers(List<Speaker> speakers, Object... listPath) {
        for (int i = 0; i < speakers.size(); i++) {
            person(speakers.get(i).person(), append(listPath, i, "person"));
        }
    }

    /** Checks a person, and the organization it was affiliated with, at {@code path}. */
    void person(Person person, Object... path) {
        problems.visit();
        Seen<Person> first = persons.putIfAbsent(person.id(), new Seen<>(person, path));
        if (first != null && !first.value.name().equals(person.name())) {
            conflict(first, path, "outreach.person.conflict");
        }
        Optional<Organization> affiliation = person.affiliation();
        if (affiliation.isPresent()) {
            organization(affiliation.get(), append(path, "affiliation"));
        }
    }

    /** Checks an organization and the organizations above it, at {@code path}. */
    void organization(Organization organization, Object... path) {
        Organization at = organization;
        Object[] where = path;
        while (true) {
            problems.visit();
            Seen<Organization> first = organizations.putIfAbsent(at.id(), new Seen<>(at, where));
            if (first != null) {
                if (first.value.equals(at)) {
                    return; // the same, parents and all: they were checked where it first appeared
                }
                if (!sameOwnProperties(first.value, at)) {
                    conflict(first, where, "outreach.organization.conflict");
                }
            }
            Optional<Organization> parent = at.parentOrganization();
            if (parent.isEmpty()) {
                return;
            }
            at = parent.get();
            where = append(where, "parentOrganization");
        }
    }

    /** Whether two organizations of one identifier differ only in their parents' properties. */
    private static boolean sameOwnProperties(Organization a, Organization b) {
        Optional<String> aboveA = a.parentOrganization().map(Organization::id);
        Optional<String> aboveB = b.parentOrganization().map(Organization::id);
        // With b's parent (of the same identifier as a's), a is a valid organization again.
        return aboveA.equals(aboveB) && a.withParentOrganization(b.parentOrganization()).equals(b);
    }

    private void conflict(Seen<?> first, Object[] path, String messageKey) {
        if (!first.reported) {
            first.reported = true;
            problems.report(messageKey, first.path);
        }
        problems.report(messageKey, path);
    }

    private static Object[] append(Object[] path, Object... more) {
        Object[] joined = Arrays.copyOf(path, path.length + more.length);
        System.arraycopy(more, 0, joined, path.length, more.length);
        return joined;
    }
}
