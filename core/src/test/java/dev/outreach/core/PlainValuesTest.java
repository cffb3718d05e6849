package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertViolation;
import static dev.outreach.core.Fixtures.coverageBuilder;
import static dev.outreach.core.Fixtures.episodeBuilder;
import static dev.outreach.core.Fixtures.eventBuilder;
import static dev.outreach.core.Fixtures.organizationBuilder;
import static dev.outreach.core.Fixtures.programBuilder;
import static dev.outreach.core.Fixtures.quoteBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builders' methods for plain values (links and codes as text, java.time values for moments):
 * each gives what the model's own value gives, and a bad value is reported at its property.
 */
class PlainValuesTest {

    private static final String LINK = "https://kemlu.go.id/kemlu-space";
    private static final LocalDate DAY = LocalDate.of(2022, 10, 4);
    private static final OffsetDateTime WITA = OffsetDateTime.of(2022, 10, 4, 19, 30, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void takesLinksAsText() {
        URI link = URI.create(LINK);
        assertThat(programBuilder("p").url(LINK).build().url()).contains(link);
        assertThat(episodeBuilder("e", 1).url(LINK).build().url()).contains(link);
        assertThat(organizationBuilder("kemlu").website(LINK).build().website()).contains(link);
        assertThat(quoteBuilder("p").source(LINK).build().source()).contains(link);
        assertThat(eventBuilder("e").url(LINK).build().url()).contains(link);
        assertThat(coverageBuilder().url(LINK).build().url()).contains(link);
        Recording recording = Recording.builder().url(LINK).transcript(LINK).transcriptLanguage("en").build();
        assertThat(recording.url()).isEqualTo(link);
        assertThat(recording.transcript()).contains(link);
    }

    @Test
    void takesLanguageTagsAndCountryCodesAsText() {
        assertThat(quoteBuilder("p").language("in").build().language()).isEqualTo(LanguageTag.INDONESIAN);
        assertThat(coverageBuilder().language("en").build().language()).isEqualTo(LanguageTag.ENGLISH);
        assertThat(Recording.builder().url(LINK).transcript(LINK).transcriptLanguage("ja").build()
                .transcriptLanguage()).contains(LanguageTag.of("ja"));
        Place place = Place.builder().country("ID").subdivision("ID-BA").build();
        assertThat(place).isEqualTo(Place.in(Subdivision.of("ID-BA")));
    }

    @Test
    void takesJavaTimeValuesForMoments() {
        ZonedDateTime makassar = WITA.atZoneSameInstant(ZoneId.of("Asia/Makassar"));
        assertThat(Moment.of(DAY)).isEqualTo(Moment.ofDate(DAY));
        assertThat(episodeBuilder("e", 1).aired(DAY).build().aired()).contains(Moment.ofDate(DAY));
        assertThat(episodeBuilder("e", 1).aired(WITA).build().aired()).contains(Moment.of(WITA));
        assertThat(episodeBuilder("e", 1).aired(makassar).build().aired()).contains(Moment.of(WITA));
        assertThat(episodeBuilder("e", 1).aired(DAY).ended(DAY).build().ended()).contains(Moment.ofDate(DAY));
        assertThat(episodeBuilder("e", 1).aired(WITA).ended(WITA).build().ended()).contains(Moment.of(WITA));
        assertThat(episodeBuilder("e", 1).aired(WITA).ended(makassar).build().ended()).contains(Moment.of(WITA));
        assertThat(quoteBuilder("p").saidAt(DAY).build().saidAt()).contains(Moment.ofDate(DAY));
        assertThat(quoteBuilder("p").saidAt(WITA).build().saidAt()).contains(Moment.of(WITA));
        assertThat(quoteBuilder("p").saidAt(makassar).build().saidAt()).contains(Moment.of(WITA));
        assertThat(eventBuilder("e").start(DAY).end(DAY).build().end()).contains(Moment.ofDate(DAY));
        assertThat(eventBuilder("e").start(WITA).end(WITA).build().start()).contains(Moment.of(WITA));
        assertThat(eventBuilder("e").start(makassar).end(makassar).build().end()).contains(Moment.of(WITA));
        assertThat(eventBuilder("e").start(DAY).end(WITA).build().start()).contains(Moment.ofDate(DAY));
        assertThat(eventBuilder("e").start(WITA).end(makassar).build().end()).contains(Moment.of(WITA));
        assertThat(eventBuilder("e").start(makassar).end(DAY.plusDays(1)).build().start()).contains(Moment.of(WITA));
        assertThat(coverageBuilder().published(DAY).build().published()).contains(Moment.ofDate(DAY));
        assertThat(coverageBuilder().published(WITA).build().published()).contains(Moment.of(WITA));
        assertThat(coverageBuilder().published(makassar).build().published()).contains(Moment.of(WITA));
        assertThat(Moment.of(LocalDateTime.of(2022, 10, 4, 19, 30), IndonesianTimeZone.WITA))
                .isEqualTo(Moment.of(WITA));
    }

    static Stream<Arguments> badValues() {
        String notALink = "https://kemlu.go.id/a b";
        return Stream.of(
                bad("Program.url", () -> programBuilder("p").url(notALink), "/url", URL_EN, URL_ID),
                bad("Episode.url", () -> episodeBuilder("e", 1).url("http://kemlu.go.id"), "/url", URL_EN, URL_ID),
                bad("Organization.website", () -> organizationBuilder("kemlu").website("kemlu.go.id"), "/website",
                        URL_EN, URL_ID),
                bad("Quote.source", () -> quoteBuilder("p").source(notALink), "/source", URL_EN, URL_ID),
                bad("Event.url", () -> eventBuilder("e").url("https://"), "/url", URL_EN, URL_ID),
                bad("Coverage.url", () -> coverageBuilder().url(":"), "/url", URL_EN, URL_ID),
                bad("Recording.url", () -> Recording.builder().url(notALink), "/url", URL_EN, URL_ID),
                bad("Recording.transcript", () -> Recording.builder().transcript("ftp://x.com/t"), "/transcript",
                        URL_EN, URL_ID),
                bad("Quote.language", () -> quoteBuilder("p").language("not a tag"), "/language", LANGUAGE_EN,
                        LANGUAGE_ID),
                bad("Coverage.language", () -> coverageBuilder().language("e"), "/language", LANGUAGE_EN,
                        LANGUAGE_ID),
                bad("Recording.transcriptLanguage", () -> Recording.builder().transcriptLanguage("-"),
                        "/transcriptLanguage", LANGUAGE_EN, LANGUAGE_ID),
                bad("Place.country", () -> Place.builder().country("id"), "/country",
                        "must be an ISO 3166-1 alpha-2 country code", COUNTRY_ID),
                bad("Place.subdivision", () -> Place.builder().subdivision("ID-XX"), "/subdivision",
                        "is not one of the 38 provinces of Indonesia in ISO 3166-2:ID", PROVINCE_ID));
    }

    private static final String URL_EN = "must be an absolute https URL";
    private static final String URL_ID = "harus berupa URL https yang absolut";
    private static final String LANGUAGE_EN = message("outreach.language.invalid", Locale.ENGLISH);
    private static final String LANGUAGE_ID = message("outreach.language.invalid", Locale.forLanguageTag("id"));
    private static final String COUNTRY_ID = message("outreach.country.invalid", Locale.forLanguageTag("id"));
    private static final String PROVINCE_ID = message("outreach.subdivision.unknownProvince",
            Locale.forLanguageTag("id"));

    private static String message(String key, Locale locale) {
        return Violation.of(key).message(locale);
    }

    private static Arguments bad(String name, ThrowingCallable setting, String pointer, String english,
            String indonesian) {
        return Arguments.of(name, setting, pointer, english, indonesian);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void reportsABadValueAtItsPropertyWhenItIsSet(String name, ThrowingCallable setting, String pointer,
            String english, String indonesian) {
        Violation violation = assertViolation(setting, pointer, english);
        assertThat(violation.message(Locale.forLanguageTag("id"))).isEqualTo(indonesian);
        assertThat(ContentAssertions.assertInvalid(setting).typeName()).isEqualTo(name.substring(0, name.indexOf('.')));
    }

    @Test
    void treatsANullAsTheModelsOwnSetterDoes() {
        assertViolation(() -> quoteBuilder("p").language((String) null).build(), "/language", "is required");
        assertViolation(() -> Place.builder().country((String) null).build(), "/country", "is required");
        assertViolation(() -> Recording.builder().url((String) null).build(), "/url", "is required");
        assertThatNullPointerException().isThrownBy(() -> episodeBuilder("e", 1).url((String) null));
        assertThatNullPointerException().isThrownBy(() -> episodeBuilder("e", 1).aired((LocalDate) null));
    }
}
