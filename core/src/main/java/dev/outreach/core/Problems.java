package dev.outreach.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects the violations of the rules that relate several properties of one value (unique
 * numbers, references between lists, order of dates), which a single-property constraint
 * cannot express.
 */
final class Problems {

    /** The violations found, made on the first: null while there is none, the usual case. */
    private List<Violation> found;
    /** The work the rules did: one per element, key or relation they looked at. */
    private long visits;

    /**
     * Counts one step of a rule's work: an element, key or relation looked at. Every rule calls
     * it in each of its loops, so that tests can show each rule's cost to be linear in the size
     * of the value, without timing it.
     */
    void visit() {
        visits++;
    }

    /** @return how many steps the rules took so far */
    long visits() {
        return visits;
    }

    void report(String messageKey, Object... path) {
        add(Violation.of(messageKey, path));
    }

    /** Reports a violation whose message names the rule's own parameters, such as a maximum. */
    void report(String messageKey, Map<String, ?> parameters, Object... path) {
        add(Violation.of(List.of(path), messageKey, parameters));
    }

    private void add(Violation violation) {
        if (found == null) {
            found = new ArrayList<>(4);
        }
        found.add(violation);
    }

    /**
     * Reports every element of {@code items} whose key was already used by an earlier element,
     * at {@code listName[i].keyName}.
     */
    <T, K> void requireUnique(List<T> items, Function<T, K> key, String listName, String keyName,
            String messageKey) {
        if (items.size() < 2) {
            return;
        }
        if (items.size() <= 8) {
            // Short lists, the usual case: comparing pairs costs less than a hash map.
            for (int i = 1; i < items.size(); i++) {
                K k = key.apply(items.get(i));
                for (int j = 0; j < i; j++) {
                    visit();
                    if (k.equals(key.apply(items.get(j)))) {
                        report(messageKey, keyName == null ? new Object[] {listName, i}
                                : new Object[] {listName, i, keyName});
                        break;
                    }
                }
            }
            return;
        }
        uniqueKeys(items, key, listName, keyName, messageKey);
    }

    /**
     * Reports what {@link #requireUnique} reports, and gives the keys, for a rule that then looks
     * keys up (such as "each quote is by one of the speakers"), so that it needs no set of its own.
     *
     * @return the keys of {@code items}
     */
    <T, K> Set<K> uniqueKeys(List<T> items, Function<T, K> key, String listName, String keyName,
            String messageKey) {
        Set<K> seen = new HashSet<>(Math.max(4, items.size() * 2));
        for (int i = 0; i < items.size(); i++) {
            visit();
            if (!seen.add(key.apply(items.get(i)))) {
                if (keyName == null) {
                    report(messageKey, listName, i);
                } else {
                    report(messageKey, listName, i, keyName);
                }
            }
        }
        return seen;
    }

    /** @return whether any violation was reported */
    boolean any() {
        return found != null;
    }

    /** @return the violations reported, in the order they were */
    List<Violation> found() {
        return found == null ? List.of() : found;
    }
}
