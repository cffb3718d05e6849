package dev.outreach.jackson;

import static dev.outreach.fixtures.HostileDocuments.HOSTILE_NAME;
import static dev.outreach.fixtures.HostileDocuments.HOSTILE_NAME_SHOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.outreach.core.Episode;
import dev.outreach.core.Violation;
import dev.outreach.fixtures.HostileDocuments;
import dev.outreach.format.ReadContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small document never costs a large heap: a read keeps at most {@link ReadContext#MAX_VIOLATIONS}
 * violations and counts the rest, a list longer than its limit is reported once and not kept,
 * and a property name from the document never brings a control character into the message.
 */
class BoundedReadTest {

    @TempDir
    Path dir;

    private InvalidDocumentException invalid(Path file) {
        return catchThrowableOfType(InvalidDocumentException.class,
                () -> Documents.MAPPER.readValue(file.toFile(), Episode.class));
    }

    @Test
    void violationsBeyondTheLimitAreCountedAndNamedInTheLastLine() {
        InvalidDocumentException e = invalid(HostileDocuments.episodeWithUnknownProperties(dir.resolve("keys.json"),
                200_000));

        assertThat(e.violations()).hasSize(ReadContext.MAX_VIOLATIONS);
        assertThat(e.violations().get(99).pointer()).isEqualTo("/k99");
        assertThat(e.omitted()).isEqualTo(200_000 - ReadContext.MAX_VIOLATIONS);
        assertThat(e.getMessage().lines()).hasSize(ReadContext.MAX_VIOLATIONS + 1)
                .startsWith("/k0: is not a property of this object").endsWith("... and 199900 more");
        assertThat(e.describe(Locale.forLanguageTag("id")).lines()).endsWith("... dan 199900 lainnya");
    }

    @Test
    @Tag(HostileDocuments.FORKED)
    void aMillionUnknownPropertiesAreReadInASmallHeap() {
        Path file = HostileDocuments.episodeWithUnknownProperties(dir.resolve("keys.json"), 1_000_000);

        assertThat(HostileDocuments.runWithSmallHeap(BoundedReadProbe.class, file.toString()))
                .containsExactly("kept=100 omitted=999900", "... and 999900 more", "exit=0");
    }

    @Test
    @Tag(HostileDocuments.FORKED)
    void fiveMillionPartnerIdsAreReadInASmallHeap() {
        Path file = HostileDocuments.episodeWithPartnerIds(dir.resolve("partners.json"), 5_000_000);

        assertThat(HostileDocuments.runWithSmallHeap(BoundedReadProbe.class, file.toString()))
                .containsExactly("kept=1 omitted=0", "/partnerIds: must have at most 100 entries", "exit=0");
    }

    @Test
    void aListLongerThanItsLimitIsReportedOnceWhereItIs() throws IOException {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            ids.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
        }
        String episode = "{\"id\": \"e\", \"number\": 1, \"title\": {\"en\": \"Road\"}, \"partnerIds\": [";
        assertThat(Documents.MAPPER.readValue(episode + ids + "]}", Episode.class).partnerIds()).hasSize(100);

        // What follows the limit is not read (neither the null nor the wrong types are reported);
        // what follows the list is.
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> Documents.MAPPER.readValue(episode + ids + ",null,7,{\"x\":1}], \"judul\": 2}", Episode.class));
        assertThat(e.violations()).extracting(Violation::pointer, Violation::messageKey)
                .containsExactly(tuple("/partnerIds", "outreach.document.tooManyItems"),
                        tuple("/judul", "outreach.document.unknownProperty"));
        assertThat(e.getMessage()).startsWith("/partnerIds: must have at most 100 entries\n");
        assertThat(e.describe(Locale.forLanguageTag("id"))).startsWith("/partnerIds: harus berisi paling banyak 100 entri\n");
    }

    @Test
    void aPropertyNameIsShownWithoutItsControlCharacters() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> Documents.MAPPER.readValue(HostileDocuments.episodeWithHostilePropertyName(), Episode.class));

        assertThat(e.getMessage()).isEqualTo("/" + HOSTILE_NAME_SHOWN + ": is not a property of this object");
        assertThat(e.describe(Locale.forLanguageTag("id")))
                .isEqualTo("/" + HOSTILE_NAME_SHOWN + ": bukan properti objek ini");
        assertThat(e.violations().get(0).segments()).containsExactly(HOSTILE_NAME);
        assertThat(e.violations().get(0).pointer()).isEqualTo("/" + HOSTILE_NAME.replace("/", "~1"));
        assertThatThrownBy(() -> { throw e; }).hasMessageNotContaining("\u001B").hasMessageNotContaining("\n");
    }
}
