package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Moment#parse} accepts and refuses exactly what java.time's strict ISO parsers do within
 * the documented forms, with the same message: compared, on a large generated set of valid and
 * invalid texts, with a reference that hands the text to {@link LocalDate#parse},
 * {@link OffsetDateTime#parse} and {@link LocalDateTime#parse}.
 *
 * <p>Hundreds of thousands of inputs: run by the build, not for each mutant of the mutation
 * tests (the name ends in {@code PropertyTest}).
 */
class MomentParseReferencePropertyTest {

    private static final List<String> DATES = List.of("2022-10-04", "2024-02-29", "2023-02-29", "2000-02-29",
            "1900-02-29", "0000-02-29", "0000-01-01", "9999-12-31", "2022-13-01", "2022-00-10", "2022-04-31",
            "2022-04-30", "2022-01-00", "2022-01-32", "2022-12-31", "0001-01-01");
    private static final List<String> HOURS = List.of("00", "23", "24");
    private static final List<String> MINUTES = List.of("00", "59", "60");
    private static final List<String> SECONDS = List.of("", ":00", ":59", ":60", ":7");
    private static final List<String> FRACTIONS = List.of("", ".", ".5", ".123456789", ".000000001",
            ".1234567890");
    private static final List<String> OFFSETS = List.of("", "Z", "z", "+00:00", "-00:00", "+07:00", "+14:00",
            "+18:00", "-18:00", "+18:01", "-18:00:01", "+19:00", "+07:60",
            "+07:00:59", "+07:00:60", "+07:00:5", "+07", "+0700", "Z+07:00", "+07:00Z", "+05:45:30");

    private final List<String> disagreements = new ArrayList<>();
    private final Set<String> outcomes = new LinkedHashSet<>();
    private int compared;

    @Test
    void agreesOnEveryMonthAndDayOfEdgeYears() {
        for (String year : List.of("0000", "1900", "2000", "2023", "2024", "9999")) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    compare(String.format("%s-%02d-%02d", year, month, day));
                }
            }
        }
        assertAgreement(6 * 14 * 33);
        assertThat(outcomes).contains("valid", "outreach.moment.invalid");
    }

    @Test
    void agreesOnEveryCombinationOfDateTimeFields() {
        for (String date : DATES) {
            for (String hour : HOURS) {
                for (String minute : MINUTES) {
                    for (String second : SECONDS) {
                        for (String fraction : FRACTIONS) {
                            for (String offset : OFFSETS) {
                                compare(date + "T" + hour + ":" + minute + second + fraction + offset);
                            }
                        }
                    }
                }
            }
        }
        assertAgreement(DATES.size() * HOURS.size() * MINUTES.size() * SECONDS.size() * FRACTIONS.size()
                * OFFSETS.size());
        assertThat(outcomes).contains("valid", "outreach.moment.invalid", "outreach.moment.offsetRequired");
    }

    @Test
    void agreesOnRandomTextsAndMutationsOfValidOnes() {
        Random random = new Random(5_10_2022);
        String alphabet = "0123456789-:T.Z+z t";
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            if (random.nextBoolean()) {
                text.append(DATES.get(random.nextInt(DATES.size()))).append('T')
                        .append(HOURS.get(random.nextInt(HOURS.size()))).append(':')
                        .append(MINUTES.get(random.nextInt(MINUTES.size())))
                        .append(SECONDS.get(random.nextInt(SECONDS.size())))
                        .append(FRACTIONS.get(random.nextInt(FRACTIONS.size())))
                        .append(OFFSETS.get(random.nextInt(OFFSETS.size())));
                int place = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0:
                        text.setCharAt(place, alphabet.charAt(random.nextInt(alphabet.length())));
                        break;
                    case 1:
                        text.deleteCharAt(place);
                        break;
                    default:
                        text.insert(place, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                int length = random.nextInt(32);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            compare(text.toString());
        }
        compare(null);
        compare("2022-10-04T19:00:00.123456789+07:00" + "0".repeat(40));
        assertAgreement(100_001);
    }

    @Test
    void keepsTheValuesJavaTimeReads() {
        assertThat(Moment.parse("2022-10-04T19:00:00.5+07:00").dateTime())
                .contains(OffsetDateTime.parse("2022-10-04T19:00:00.5+07:00"));
        assertThat(Moment.parse("0000-02-29")).isEqualTo(Moment.ofDate(0, 2, 29));
        assertThat(Moment.parse("9999-12-31T23:59:59.999999999-18:00").dateTime())
                .contains(OffsetDateTime.parse("9999-12-31T23:59:59.999999999-18:00"));
        assertThat(Moment.parse("2022-10-04T12:00-00:00")).isEqualTo(Moment.parse("2022-10-04T12:00Z"));
    }

    private void compare(String text) {
        compared++;
        String expected = outcome(() -> reference(text));
        String actual = outcome(() -> Moment.parse(text));
        outcomes.add(expected.startsWith("valid") ? "valid" : expected);
        if (!expected.equals(actual) && disagreements.size() < 20) {
            disagreements.add(text + ": expected " + expected + ", got " + actual);
        }
    }

    private void assertAgreement(int atLeast) {
        assertThat(disagreements).isEmpty();
        assertThat(compared).isGreaterThanOrEqualTo(atLeast);
    }

    /** "valid " and the moment with its date-time, or the message key it was refused with. */
    private static String outcome(java.util.function.Supplier<Moment> parse) {
        try {
            Moment moment = parse.get();
            return "valid " + moment + " " + moment.date() + " " + moment.dateTime() + " " + moment.hashCode();
        } catch (InvalidContentException e) {
            if (e.violations().size() != 1 || !e.typeName().equals("Moment")) {
                return "not one violation of a Moment: " + e.getMessage();
            }
            return e.violations().get(0).messageKey();
        }
    }

    /** What parsing did by java.time: the documented shape first, then java.time's strict ISO parsers. */
    private static Moment reference(String text) {
        if (text == null || text.length() > 64 || !Moment.hasDocumentedForm(text)) {
            throw Validators.invalid(Moment.class, "outreach.moment.invalid");
        }
        if (text.length() == 10) {
            try {
                return Moment.ofDate(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                throw Validators.invalid(Moment.class, "outreach.moment.invalid");
            }
        }
        try {
            return Moment.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(text);
            } catch (DateTimeParseException notLocalEither) {
                throw Validators.invalid(Moment.class, "outreach.moment.invalid");
            }
            throw Validators.invalid(Moment.class, "outreach.moment.offsetRequired");
        }
    }
}
