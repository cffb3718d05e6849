package dev.outreach.examples;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.InvalidContentException;
import dev.outreach.core.Moment;
import dev.outreach.core.Speaker;
import dev.outreach.core.SpeakerRole;
import dev.outreach.core.Violation;
import dev.outreach.jackson.InvalidDocumentException;
import dev.outreach.jackson.OutreachJson;
import dev.outreach.samples.KemluSpace;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Kemlu Space article (DEAL JAKARTA) with the Outreach library, from start to end: build the
 * content as values, write it as JSON, read it back, and see what a person is told when a
 * document is broken. Run it with
 * {@code java -cp examples/target/outreach.jar dev.outreach.examples.ArticleExample}.
 */
public final class ArticleExample {

    /** Hibernate Validator logs its version at INFO level on first use; keep the output to the point. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private ArticleExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     * @throws IOException if JSON cannot be written or read (it always can here)
     */
    public static void main(String[] args) throws IOException {
        VALIDATOR_LOG.setLevel(Level.WARNING);

        // 1. The whole article as one value: the program, its first episode, the speakers and
        //    their quotes, the WCCE and the G20, and the press coverage. KemluSpace builds it
        //    with the same builders shown below.
        Dossier dossier = KemluSpace.dossier();
        System.out.println("The article holds " + dossier.programs().size() + " program, "
                + dossier.events().size() + " events and " + dossier.coverage().size() + " article.");

        // 2. Building a value by hand: episode 1, "Road to WCCE", aired on 4 October 2022. The
        //    article gives the date but not the time of day, so the value holds a date only.
        Episode episode = Episode.builder()
                .id("road-to-wcce")
                .number(1)
                .title(BilingualText.of("Road to WCCE", "Road to WCCE"))
                .aired(Moment.ofDate(2022, 10, 4))
                .addSpeaker(Speaker.of(KemluSpace.antoniusYudiTriantoro(), SpeakerRole.GUEST))
                .addSpeaker(Speaker.of(KemluSpace.muhammadNeilElHimam(), SpeakerRole.GUEST))
                .addAllQuotes(KemluSpace.roadToWcce().quotes())   // the two quotes, verbatim in Indonesian
                .addPartnerId("kemenparekraf")
                .addEventId("wcce-2022")
                .build();
        // Values compare by content: this is the episode of the article.
        System.out.println("Built by hand, equal to the article's episode: " + episode.equals(KemluSpace.roadToWcce()));

        // Values are immutable: withX returns a new value and leaves the original as it was.
        Episode retitled = episode.withTitle(BilingualText.english("Road to the World Conference on Creative Economy"));
        System.out.println("Retitled: " + retitled.title().english().orElseThrow()
                + " (the original is still " + episode.title().english().orElseThrow() + ")");

        // 3. Validation: every value is checked when it is built, so an invalid one cannot exist.
        //    A mistake throws one exception that lists every broken rule, not only the first.
        try {
            Episode.builder().id("Road to WCCE").number(0).build();
        } catch (InvalidContentException e) {
            System.out.println();
            System.out.println(e.getMessage());
        }

        // 4. JSON: a hardened mapper with the Outreach module writes the dossier, and reads it back
        //    to an equal value.
        JsonMapper mapper = OutreachJson.hardenedMapper();
        String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(dossier);
        Dossier readBack = mapper.readValue(json, Dossier.class);
        if (!readBack.equals(dossier)) {
            throw new IllegalStateException("the dossier did not survive a round trip through JSON");
        }
        System.out.println();
        System.out.println("Wrote the dossier as " + json.lines().count() + " lines of JSON and read it back: "
                + "an equal value.");

        // 5. A broken document: an editor typed the episode by hand. The reader reports every
        //    problem with its JSON Pointer, and returns nothing of the document.
        String broken = """
                {
                  "id": "Road to WCCE",
                  "number": 0,
                  "title": { "en": "Road to WCCE " },
                  "aired": "4/10/2022",
                  "judul": "Road to WCCE"
                }
                """;
        try {
            mapper.readValue(broken, Episode.class);
        } catch (InvalidDocumentException e) {
            // The same violations, in the reader's language: English, or Indonesian for "id".
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("id")}) {
                System.out.println();
                System.out.println("What a reader is told (" + locale.getDisplayLanguage(Locale.ENGLISH) + "):");
                for (Violation violation : e.violations()) {
                    System.out.println("  " + violation.describe(locale));
                }
            }
        }
    }
}
