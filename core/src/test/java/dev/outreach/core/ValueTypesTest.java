package dev.outreach.core;

import static dev.outreach.core.ContentAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written value types and the coded enums: each refuses bad input with one violation
 * at the value itself, naming the type.
 */
class ValueTypesTest {

    /** Asserts one violation at the empty path with the given key, thrown for {@code typeName}. */
    static void assertRejected(ThrowingCallable parsing, String typeName, String messageKey) {
        InvalidContentException exception = assertInvalid(parsing);
        assertThat(exception.typeName()).isEqualTo(typeName);
        assertThat(exception.violations()).hasSize(1);
        Violation violation = exception.violations().get(0);
        assertThat(violation.segments()).isEmpty();
        assertThat(violation.pointer()).isEmpty();
        assertThat(violation.messageKey()).isEqualTo(messageKey);
    }

    @Nested
    class LanguageTags {

        @Test
        void readsTheOldIndonesianCodeInAsId() {
            LanguageTag tag = LanguageTag.of("in");

            assertThat(tag).hasToString("id");
            assertThat(tag.language()).isEqualTo("id");
            assertThat(tag).isEqualTo(LanguageTag.INDONESIAN);
            assertThat(LanguageTag.of("in-ID")).hasToString("id-ID");
            assertThat(LanguageTag.of(new Locale("in"))).isEqualTo(LanguageTag.INDONESIAN);
        }

        @ParameterizedTest
        @CsvSource({"en-gb, en-GB", "EN-GB, en-GB", "id, id", "en, en", "zh-hant-tw, zh-Hant-TW", "jv, jv"})
        void keepsTagsInCanonicalCase(String input, String canonical) {
            assertThat(LanguageTag.of(input)).hasToString(canonical);
        }

        @ParameterizedTest
        @ValueSource(strings = {"id", "ID", "Id", "iD", "in", "IN", "In", "iN"})
        void readsIndonesianInAnyCaseAsTheOneInstance(String tag) {
            assertThat(LanguageTag.of(tag)).isSameAs(LanguageTag.INDONESIAN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"en", "EN", "En", "eN"})
        void readsEnglishInAnyCaseAsTheOneInstance(String tag) {
            assertThat(LanguageTag.of(tag)).isSameAs(LanguageTag.ENGLISH);
        }

        @ParameterizedTest
        @CsvSource({"jv, jv", "ie, ie", "ne, ne", "ee, ee", "nd, nd", "JV, jv", "iw, he", "id-ID, id-ID", "ace, ace",
            "id-Latn, id-Latn", "en-x-a, en-x-a"})
        void readsOtherTagsAsNewInstances(String input, String canonical) {
            LanguageTag tag = LanguageTag.of(input);

            assertThat(tag).hasToString(canonical).isNotSameAs(LanguageTag.INDONESIAN).isNotSameAs(LanguageTag.ENGLISH);
            assertThat(tag.language()).isEqualTo(canonical.split("-")[0]);
        }

        @Test
        void readsATagOfAtMost64Characters() {
            String longest = "en-x-" + "abcdefgh-".repeat(6) + "abcde";
            assertThat(longest).hasSize(64);

            assertThat(LanguageTag.of(longest)).hasToString(longest);
            assertRejected(() -> LanguageTag.of(longest + "f"), "LanguageTag", "outreach.language.invalid");
        }

        @Test
        void comparesTagsByTheirCanonicalForm() {
            assertThat(LanguageTag.of("en-gb")).isEqualTo(LanguageTag.of("EN-GB"))
                    .hasSameHashCodeAs(LanguageTag.of("EN-GB"))
                    .isNotEqualTo(LanguageTag.ENGLISH);
            assertThat(LanguageTag.of("en-GB").language()).isEqualTo("en");
            assertThat(LanguageTag.of(Locale.UK).toLocale()).isEqualTo(Locale.UK);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"en_US", "e", "123", "en-", "-en", "en--GB", "x-private", "und", "en GB", "indonesian!"})
        void rejectsIllFormedTags(String tag) {
            assertRejected(() -> LanguageTag.of(tag), "LanguageTag", "outreach.language.invalid");
        }

        @Test
        void rejectsALocaleWithoutALanguage() {
            assertRejected(() -> LanguageTag.of(Locale.ROOT), "LanguageTag", "outreach.language.invalid");
        }

        @Test
        void explainsTheRejection() {
            InvalidContentException exception = assertInvalid(() -> LanguageTag.of("en_US"));

            assertThat(exception.violations().get(0).message()).isEqualTo("must be a well-formed BCP 47 language tag");
            assertThat(exception.getMessage())
                    .isEqualTo("Invalid LanguageTag: 1 violation(s)\n  /: must be a well-formed BCP 47 language tag");
        }
    }

    @Nested
    class CountryCodes {

        @Test
        void acceptsAssignedAlpha2Codes() {
            assertThat(CountryCode.of("ID")).isSameAs(CountryCode.INDONESIA);
            assertThat(CountryCode.of("ID").code()).isEqualTo("ID");
            assertThat(CountryCode.of("FR")).hasToString("FR").isEqualTo(CountryCode.of("FR"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"id", "Id", "iD", "XX", "IDN", "I", "1D", "ID ", " ID", "FRA", "fr"})
        void rejectsAnythingElse(String code) {
            assertRejected(() -> CountryCode.of(code), "CountryCode", "outreach.country.invalid");
        }
    }

    @Nested
    class Subdivisions {

        /** ISO 3166-2:ID provinces, after the 2022 and 2023 updates. */
        private final List<String> expectedProvinces = List.of(
                "ID-AC", "ID-BA", "ID-BB", "ID-BE", "ID-BT", "ID-GO", "ID-JA", "ID-JB", "ID-JI", "ID-JK",
                "ID-JT", "ID-KB", "ID-KI", "ID-KR", "ID-KS", "ID-KT", "ID-KU", "ID-LA", "ID-MA", "ID-MU",
                "ID-NB", "ID-NT", "ID-PA", "ID-PB", "ID-PD", "ID-PE", "ID-PS", "ID-PT", "ID-RI", "ID-SA",
                "ID-SB", "ID-SG", "ID-SN", "ID-SR", "ID-SS", "ID-ST", "ID-SU", "ID-YO");

        @Test
        void listsExactlyThe38ProvincesOfIndonesia() {
            List<String> codes = Subdivision.provincesOfIndonesia().stream()
                    .map(Subdivision::code)
                    .collect(Collectors.toList());

            assertThat(codes).hasSize(38).doesNotHaveDuplicates()
                    .contains("ID-PD", "ID-PE", "ID-PS", "ID-PT")
                    .doesNotContain("ID-PP")
                    .containsExactlyInAnyOrderElementsOf(expectedProvinces);
        }

        @Test
        void givesEachProvinceItsCountryAndName() {
            for (Subdivision province : Subdivision.provincesOfIndonesia()) {
                assertThat(province.country()).as(province.code()).isEqualTo(CountryCode.INDONESIA);
                assertThat(province.name()).as(province.code()).isPresent();
                assertThat(Subdivision.of(province.code())).as(province.code()).isEqualTo(province);
            }
            assertThat(Subdivision.of("ID-BA").name()).contains("Bali");
            assertThat(Subdivision.of("ID-PD").name()).contains("Papua Barat Daya");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ID-PP", "ID-JW", "ID-KA", "ID-ML", "ID-NU", "ID-SL", "ID-SM"})
        void rejectsGeographicalUnitsAsNotProvinces(String code) {
            assertRejected(() -> Subdivision.of(code), "Subdivision", "outreach.subdivision.notProvince");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ID-XX", "ID-ba", "ID-IJ", "ID-B"})
        void rejectsUnknownIndonesianProvinces(String code) {
            assertRejected(() -> Subdivision.of(code), "Subdivision", "outreach.subdivision.unknownProvince");
        }

        @Test
        void explainsAnUnknownProvince() {
            InvalidContentException exception = assertInvalid(() -> Subdivision.of("ID-XX"));

            assertThat(exception.violations().get(0).message())
                    .isEqualTo("is not one of the 38 provinces of Indonesia in ISO 3166-2:ID");
        }

        @Test
        void checksOnlyTheFormOfForeignSubdivisions() {
            Subdivision paris = Subdivision.of("FR-75");

            assertThat(paris.code()).isEqualTo("FR-75");
            assertThat(paris.country()).isEqualTo(CountryCode.of("FR"));
            assertThat(paris.name()).isEmpty();
            assertThat(Subdivision.of("FR-75C").code()).isEqualTo("FR-75C");
        }

        @ParameterizedTest
        @ValueSource(strings = {"US-A", "US-Z", "US-0", "US-9", "US-A09", "US-Z9A"})
        void acceptsUppercaseLettersAndDigitsAfterTheCountry(String code) {
            assertThat(Subdivision.of(code).code()).isEqualTo(code);
            assertThat(Subdivision.of(code).country()).isEqualTo(CountryCode.of("US"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"US-@", "US-[", "US-/", "US-:", "US-a", "US-A@", "US-9[", "US-0/0"})
        void rejectsAnyOtherCharacterAfterTheCountry(String code) {
            assertRejected(() -> Subdivision.of(code), "Subdivision", "outreach.subdivision.invalid");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"FR-", "FR75", "FR-7-5", "FR-1234", "FR-75c", "XX-75", "fr-75", "IDBA"})
        void rejectsMalformedSubdivisions(String code) {
            assertRejected(() -> Subdivision.of(code), "Subdivision", "outreach.subdivision.invalid");
        }
    }

    @Nested
    class Moments {

        @Test
        void keepsADayWithoutATime() {
            Moment day = Moment.parse("2022-10-04");

            assertThat(day.hasTime()).isFalse();
            assertThat(day.date()).isEqualTo(LocalDate.of(2022, 10, 4));
            assertThat(day.dateTime()).isEmpty();
            assertThat(day.offset()).isEmpty();
            assertThat(day).isEqualTo(Moment.ofDate(2022, 10, 4)).isEqualTo(Moment.ofDate(LocalDate.of(2022, 10, 4)));
        }

        @Test
        void keepsADateTimeWithItsOffset() {
            Moment evening = Moment.parse("2022-10-04T19:00+07:00");

            assertThat(evening.hasTime()).isTrue();
            assertThat(evening.date()).isEqualTo(LocalDate.of(2022, 10, 4));
            assertThat(evening.offset()).contains(ZoneOffset.ofHours(7));
            assertThat(evening.dateTime()).contains(OffsetDateTime.of(2022, 10, 4, 19, 0, 0, 0, ZoneOffset.ofHours(7)));
            assertThat(Moment.parse("2022-10-04T12:00Z").offset()).contains(ZoneOffset.UTC);
            assertThat(evening).isNotEqualTo(Moment.ofDate(2022, 10, 4));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2022-10-04T19:00", "2022-10-04T19:00:00", "2022-10-04T19:00:00.5"})
        void rejectsADateTimeWithoutOffset(String text) {
            assertRejected(() -> Moment.parse(text), "Moment", "outreach.moment.offsetRequired");
            assertThat(assertInvalid(() -> Moment.parse(text)).violations().get(0).message())
                    .isEqualTo("must carry a UTC offset or Z (WIB is +07:00, WITA +08:00, WIT +09:00)");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"garbage", "4/10/2022", "04-10-2022", "2022-13-01", "2022-02-30", "Tuesday",
            "2022-10-04T25:00+07:00", "2022-10-04 19:00+07:00", "2022-10-04T19:00+07:00[Asia/Jakarta]",
            " 2022-10-04", "2022-10-04T19:00 WIB", "2022-10-04T19:00z", "2022-10-04T19:00+07",
            "+12022-10-04", "2022-10-04T19:00:00.+07:00", "2022-10-04T19+07:00"})
        void rejectsGarbageAndIsoFormsOutsideTheDocumentedOnes(String text) {
            assertRejected(() -> Moment.parse(text), "Moment", "outreach.moment.invalid");
        }

        @Test
        void refusesADayThatDoesNotExist() {
            assertThatThrownBy(() -> Moment.ofDate(2022, 2, 30)).isInstanceOf(InvalidContentException.class)
                    .isNotInstanceOf(DateTimeException.class);
        }

        @ParameterizedTest
        @CsvSource({"WIB, 2022-10-04T19:00+07:00, Asia/Jakarta", "WITA, 2022-10-04T19:00+08:00, Asia/Makassar",
            "WIT, 2022-10-04T19:00+09:00, Asia/Jayapura"})
        void placesWallClockTimesInIndonesianTimeZones(IndonesianTimeZone zone, String expected, String zoneId) {
            Moment moment = Moment.of(LocalDateTime.of(2022, 10, 4, 19, 0), zone);

            assertThat(moment).hasToString(expected);
            assertThat(zone.zone().getId()).isEqualTo(zoneId);
            assertThat(zone.zone().getRules().getOffset(moment.dateTime().orElseThrow().toInstant()))
                    .isEqualTo(zone.offset());
        }

        @Test
        void keepsTheOffsetOfAZonedDateTime() {
            Moment moment = Moment.of(ZonedDateTime.of(LocalDateTime.of(2022, 10, 5, 9, 0),
                    IndonesianTimeZone.WITA.zone()));

            assertThat(moment).hasToString("2022-10-05T09:00+08:00");
        }

        @Test
        void comparesDateTimesAsInstants() {
            Moment jakartaEvening = Moment.parse("2022-10-04T19:00+07:00"); // 12:00Z
            Moment baliEvening = Moment.parse("2022-10-04T19:00+08:00");    // 11:00Z
            Moment sameInstantInBali = Moment.parse("2022-10-04T20:00+08:00");

            assertThat(baliEvening.isBefore(jakartaEvening)).isTrue();
            assertThat(jakartaEvening.isBefore(baliEvening)).isFalse();
            assertThat(jakartaEvening.isBefore(sameInstantInBali)).isFalse();
            assertThat(sameInstantInBali.isBefore(jakartaEvening)).isFalse();
        }

        @Test
        void comparesDaysWithDaysAndDateTimesByTheirDay() {
            Moment fourth = Moment.ofDate(2022, 10, 4);
            Moment fifth = Moment.ofDate(2022, 10, 5);
            Moment fourthEvening = Moment.parse("2022-10-04T19:00+07:00");

            assertThat(fourth.isBefore(fifth)).isTrue();
            assertThat(fifth.isBefore(fourth)).isFalse();
            assertThat(fourth.isBefore(fourth)).isFalse();
            assertThat(fourth.isBefore(fourthEvening)).as("a day is not before a time on that day").isFalse();
            assertThat(fourthEvening.isBefore(fourth)).as("a time is not before its own day").isFalse();
            assertThat(fourthEvening.isBefore(fifth)).as("the fifth has begun at 12:00Z in UTC+14").isFalse();
            assertThat(Moment.parse("2022-10-04T09:59Z").isBefore(fifth)).isTrue();
            assertThat(fifth.isBefore(fourthEvening)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2022-10-04", "2022-10-04T19:00+07:00", "2022-10-04T12:00Z", "2022-10-05T09:00:30+08:00",
            "2022-10-07T23:59:59.250+09:00", "2022-10-04T19:00-05:00"})
        void toStringRoundTripsThroughParse(String text) {
            Moment moment = Moment.parse(text);

            assertThat(Moment.parse(moment.toString())).isEqualTo(moment);
        }

        @Test
        void printsTheIsoForm() {
            assertThat(Moment.ofDate(2022, 10, 4)).hasToString("2022-10-04");
            assertThat(Moment.parse("2022-10-04T19:00:00+07:00")).hasToString("2022-10-04T19:00+07:00");
        }
    }

    @Nested
    class CodedEnums {

        @ParameterizedTest
        @ValueSource(classes = {AttendanceMode.class, EventRelationKind.class, EventStatus.class, LiveStatus.class,
            OrganizationKind.class, PartnerRole.class, Platform.class, QuoteForm.class, Scope.class, SpeakerRole.class})
        void everyCodeIsALowercaseSlugThatRoundTrips(Class<?> type) throws Exception {
            assertThat(type.getEnumConstants()).isNotEmpty();
            for (Object constant : type.getEnumConstants()) {
                String code = ((Coded) constant).code();
                assertThat(code).as("code of %s", constant)
                        .isEqualTo(code.toLowerCase(Locale.ROOT))
                        .matches("[a-z0-9]+(-[a-z0-9]+)*");
                assertThat(fromCode(type, code)).as("fromCode(%s)", code).isSameAs(constant);
            }
        }

        @ParameterizedTest
        @ValueSource(classes = {AttendanceMode.class, EventRelationKind.class, EventStatus.class, LiveStatus.class,
            OrganizationKind.class, PartnerRole.class, Platform.class, QuoteForm.class, Scope.class, SpeakerRole.class})
        void anUnknownCodeIsRejected(Class<?> type) {
            String someName = ((Enum<?>) type.getEnumConstants()[0]).name();

            assertRejected(() -> fromCode(type, "unknown"), type.getSimpleName(), "outreach.code.unknown");
            assertRejected(() -> fromCode(type, ""), type.getSimpleName(), "outreach.code.unknown");
            assertRejected(() -> fromCode(type, null), type.getSimpleName(), "outreach.code.unknown");
            assertRejected(() -> fromCode(type, someName), type.getSimpleName(), "outreach.code.unknown");
        }

        @Test
        void readsTheCodesOfTheArticle() {
            assertThat(Platform.fromCode("x-spaces")).isEqualTo(Platform.X_SPACES);
            assertThat(PartnerRole.fromCode("co-host")).isEqualTo(PartnerRole.CO_HOST);
            assertThat(EventRelationKind.fromCode("side-event-of")).isEqualTo(EventRelationKind.SIDE_EVENT_OF);
            assertThat(OrganizationKind.fromCode("think-tank")).isEqualTo(OrganizationKind.THINK_TANK);
            assertThat(Coded.fromCode(SpeakerRole.class, "guest")).isEqualTo(SpeakerRole.GUEST);
            assertThat(assertInvalid(() -> Platform.fromCode("twitter")).violations().get(0).message())
                    .isEqualTo("is not a known code");
        }

        /** Calls the enum's own static {@code fromCode(String)}. */
        private Object fromCode(Class<?> type, String code) throws Exception {
            Method method = type.getMethod("fromCode", String.class);
            try {
                return method.invoke(null, code);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException) {
                    throw (RuntimeException) e.getCause();
                }
                throw e;
            }
        }
    }
}
