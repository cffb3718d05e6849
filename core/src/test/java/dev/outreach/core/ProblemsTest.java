package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uniqueness within a list: short lists compare pairs, longer ones use a hash map, and both
 * report every element whose key an earlier element already used, at that element's place.
 */
class ProblemsTest {

    /** {@code size} distinct keys, then the keys at the given places replaced by the first one. */
    private static List<String> keys(int size, int... repeatsOfTheFirst) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            keys.add("k" + i);
        }
        for (int place : repeatsOfTheFirst) {
            keys.set(place, "k0");
        }
        return keys;
    }

    private static List<String> pointers(List<String> items, String keyName) {
        Problems problems = new Problems();
        problems.requireUnique(items, Function.identity(), "items", keyName, "outreach.duplicate");
        List<String> pointers = new ArrayList<>();
        for (Violation violation : problems.found()) {
            assertThat(violation.messageKey()).isEqualTo("outreach.duplicate");
            pointers.add(violation.pointer());
        }
        return pointers;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8, 9, 10, 20})
    void reportsEveryLaterElementWithAKeyAlreadyUsed(int size) {
        assertThat(pointers(keys(size), null)).isEmpty();
        assertThat(pointers(keys(size, 1), null)).containsExactly("/items/1");
        assertThat(pointers(keys(size, size - 1), "id")).containsExactly("/items/" + (size - 1) + "/id");
        if (size >= 3) {
            assertThat(pointers(keys(size, 1, size - 1), "id"))
                    .containsExactly("/items/1/id", "/items/" + (size - 1) + "/id");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void aListTooShortForDuplicatesHasNone(int size) {
        assertThat(pointers(keys(size), "id")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 12})
    void aKeyUsedThreeTimesIsReportedTwice(int size) {
        List<String> items = keys(size);
        items.set(3, "k5");
        items.set(size - 1, "k5");
        assertThat(pointers(items, null)).containsExactly("/items/5", "/items/" + (size - 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 12})
    void theModelReportsDuplicatesInLongListsAtTheirPlace(int size) {
        List<String> ids = keys(size, size - 1);
        InvalidContentException e = assertInvalid(() -> Fixtures.episodeBuilder("e", 1).addAllPartnerIds(ids).build());
        assertThat(e.violations()).extracting(Violation::toString)
                .containsExactly("/partnerIds/" + (size - 1) + ": is a duplicate of an earlier entry");
        Program.Builder program = Fixtures.programBuilder("dialog");
        for (int i = 0; i < size; i++) {
            program.addEpisode(Fixtures.episode(i == size - 1 ? "e0" : "e" + i, i + 1));
        }
        assertThat(assertInvalid(program::build).violations()).extracting(Violation::pointer)
                .containsExactly("/episodes/" + (size - 1) + "/id");
    }
}
