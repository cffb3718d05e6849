package dev.outreach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The documentation example runs, and shows what it says it shows. */
class ArticleExampleTest {

    @Test
    void mainShowsTheRoundTripAndTheViolationsInEnglishAndIndonesian() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            ArticleExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);

        assertThat(output).contains(
                "Built by hand, equal to the article's episode: true",
                "Retitled: Road to the World Conference on Creative Economy (the original is still Road to WCCE)",
                "Invalid Episode: 3 violation(s)",
                "and read it back: an equal value.");
        assertThat(output).contains(
                "What a reader is told (English):",
                "  /id: must be a lowercase slug of letters, digits and single hyphens, at most 64 characters",
                "  /number: must be 1 or more",
                "  /title/en: must not start or end with white space",
                "  /aired: must be an ISO 8601 date (2022-10-04) or date-time with offset (2022-10-04T19:00+07:00)",
                "  /judul: is not a property of this object");
        assertThat(output).contains(
                "What a reader is told (Indonesian):",
                "  /id: harus berupa slug huruf kecil dari huruf, angka, dan tanda hubung tunggal, "
                        + "paling banyak 64 karakter",
                "  /number: harus 1 atau lebih",
                "  /title/en: tidak boleh diawali atau diakhiri spasi",
                "  /judul: bukan properti objek ini");
        assertThat(output.indexOf("(English):")).isLessThan(output.indexOf("(Indonesian):"));
    }
}
