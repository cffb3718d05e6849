package dev.outreach.jackson;

import static dev.outreach.jackson.Documents.json;
import static dev.outreach.jackson.Documents.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Organization;
import dev.outreach.core.Person;
import dev.outreach.core.Program;
import dev.outreach.core.Quote;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each kind of bad document gets an {@link InvalidDocumentException} naming the place. */
class ReadErrorsTest {

    private static final String PERSON = "{'id': 'aldi-monbusho', 'name': 'Aldi Monbusho'}";

    @Test
    void wrongTypesAreNamedWithTheirPointer() {
        assertThat(violations("{'id': 7, 'name': ['Aldi']}", Person.class)).containsExactly(
                "/id: must be a string",
                "/name: must be a string");
        assertThat(violations("{'id': 'e', 'number': '1', 'title': 'Road'}", Episode.class)).containsExactly(
                "/number: must be a whole number",
                "/title: must be an object");
        assertThat(violations("{'id': 'e', 'number': 1.5, 'title': {'en': 'x'}, 'quotes': {}}", Episode.class))
                .containsExactly("/number: must be a whole number", "/quotes: must be an array");
    }

    @Test
    void numbersBeyondAnIntAreRejected() {
        assertThat(violations("{'id': 'e', 'number': 3000000000, 'title': {'en': 'x'}}", Episode.class))
                .containsExactly("/number: must be a whole number from -2147483648 to 2147483647");
    }

    @Test
    void missingRequiredPropertiesAreEachNamed() {
        assertThat(violations("{}", Person.class)).containsExactly("/id: is required", "/name: is required");
        assertThat(violations("{'title': {'en': 'x'}}", Episode.class))
                .containsExactly("/id: is required", "/number: is required");
    }

    @Test
    void unknownEnumCodesAreRejected() {
        assertThat(violations("{'id': 'kemlu', 'name': {'id': 'Kemlu'}, 'kind': 'Ministry'}", Organization.class))
                .containsExactly("/kind: is not a known code");
    }

    @Test
    void malformedDatesAndDateTimesWithoutOffsetAreRejected() {
        assertThat(violations("{'id': 'e', 'number': 1, 'title': {'en': 'x'}, 'aired': '4/10/2022'}", Episode.class))
                .containsExactly("/aired: must be an ISO 8601 date (2022-10-04) or date-time with offset "
                        + "(2022-10-04T19:00+07:00)");
        assertThat(violations("{'id': 'e', 'number': 1, 'title': {'en': 'x'}, 'aired': '2022-10-04T19:00'}",
                Episode.class))
                .containsExactly("/aired: must carry a UTC offset or Z (WIB is +07:00, WITA +08:00, WIT +09:00)");
    }

    @Test
    void badLanguageTagsAreRejectedAndInIsReadAsIndonesian() throws Exception {
        assertThat(violations("{'speakerId': 'a', 'text': {'id': 'x'}, 'language': 'not a tag'}", Quote.class))
                .containsExactly("/language: must be a well-formed BCP 47 language tag");
        Quote quote = Documents.MAPPER.readValue(json("{'speakerId': 'a', 'text': {'id': 'x'}, 'language': 'in'}"),
                Quote.class);
        assertThat(quote.language()).isEqualTo(LanguageTag.INDONESIAN);
    }

    @Test
    void unknownPropertiesAreRejectedUnlessTheMapperIgnoresThem() throws Exception {
        String document = "{'id': 'aldi-monbusho', 'name': 'Aldi Monbusho', 'age': 40, 'extra': {'a': [1]}}";
        assertThat(violations(document, Person.class)).containsExactly(
                "/age: is not a property of this object",
                "/extra: is not a property of this object");
        Person person = OutreachJson.hardenedMapper(true).readValue(json(document), Person.class);
        assertThat(person.name()).isEqualTo("Aldi Monbusho");
    }

    @Test
    void nullsAreRejectedEverywhere() {
        assertThat(violations("{'id': null, 'name': 'Aldi'}", Person.class)).containsExactly(
                "/id: must not be null (leave an optional property out instead)");
        assertThat(violations("{'id': 'a', 'name': 'A', 'honorificPrefix': null}", Person.class)).containsExactly(
                "/honorificPrefix: must not be null (leave an optional property out instead)");
        assertThat(violations("{'id': 'e', 'number': 1, 'title': {'en': 'x'}, 'partnerIds': ['a', null]}",
                Episode.class)).containsExactly(
                "/partnerIds/1: must not be null (leave an optional property out instead)");
        assertThat(violations("null", Person.class)).containsExactly(
                ": must not be null (leave an optional property out instead)");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThat(violations("{'id': 'a', 'name': 'A', 'id': 'b'}", Person.class))
                .containsExactly("/id: appears more than once in this object");
    }

    @Test
    void everyViolationOfADocumentIsListedWithItsPointer() {
        String document = "{'id': 'kemlu-space', 'name': {'en': 'Kemlu Space'}, 'platform': 'x-spaces',"
                + " 'organizer': {'id': 'Kemlu', 'name': {'id': 'Kemlu'}, 'kind': 'ministry'},"
                + " 'episodes': ["
                + "  {'id': 'one', 'number': 1, 'title': {'en': 'One'}},"
                + "  {'id': 'two', 'number': 0, 'title': {'en': ' Two'},"
                + "   'speakers': [{'person': " + PERSON + ", 'role': 'guest'}],"
                + "   'quotes': [{'speakerId': 'aldi-monbusho', 'text': {}, 'language': 'id'}]}"
                + " ]}";
        assertThat(violations(document, Program.class)).containsExactly(
                "/organizer/id: must be a lowercase slug of letters, digits and single hyphens, at most 64 characters",
                "/episodes/1/title/en: must not start or end with white space",
                "/episodes/1/quotes/0/text: needs the text in Indonesian, English or both",
                "/episodes/1/number: must be 1 or more");
    }

    @Test
    void aPropertysOwnRulesAreReportedEvenWhenAnotherPropertyOfTheObjectIsBad() {
        String title = "x".repeat(201);
        assertThat(violations("{'id': 'e', 'number': 1, 'title': {'en': '" + title + "'}, 'aired': 'soon'}",
                Episode.class)).containsExactly(
                "/aired: must be an ISO 8601 date (2022-10-04) or date-time with offset (2022-10-04T19:00+07:00)",
                "/title: must be at most 200 characters long");
    }

    @Test
    void violationsOfListsAreInTheOrderOfTheirIndexes() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            ids.append(i == 0 ? "" : ", ").append(i == 2 || i == 10 ? "'Bad'" : "'ok-" + i + "'");
        }
        assertThat(violations("{'id': 'e', 'number': 1, 'title': {'en': 'x'}, 'eventIds': [" + ids + "]}",
                Episode.class)).extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly("/eventIds/2", "/eventIds/10");
    }

    @Test
    void onlyFormatVersionsOfTheForm1DotNAreRead() {
        assertThat(violations("{'outreachFormat': '1.x', 'id': 'a', 'name': 'A'}", Person.class))
                .containsExactly("/outreachFormat: names a format version this reader does not support");
        assertThat(violations("{'outreachFormat': '1.7', 'id': 'a', 'name': 'A'}".replace("'id': 'a'", "'id': 'A'"),
                Person.class)).containsExactly(
                "/id: must be a lowercase slug of letters, digits and single hyphens, at most 64 characters");
    }

    @Test
    void rulesThatRelatePropertiesAreReportedWithThePointerOfTheOffendingValue() {
        String document = "{'id': 'e', 'number': 1, 'title': {'en': 'x'},"
                + " 'speakers': [{'person': " + PERSON + ", 'role': 'guest'}],"
                + " 'quotes': [{'speakerId': 'aldi-monbusho', 'text': {'id': 'a'}, 'language': 'id'},"
                + "            {'speakerId': 'someone-else', 'text': {'id': 'b'}, 'language': 'id'}]}";
        assertThat(violations(document, Episode.class))
                .containsExactly("/quotes/1/speakerId: must name one of the episode's speakers");
        assertThat(violations("{'id': 'wcce', 'name': {'en': 'WCCE'}, 'start': '2022-10-07', 'end': '2022-10-05'}",
                Event.class)).containsExactly("/end: must not be before the start");
    }

    @Test
    void malformedJsonInsideAnObjectIsReportedWithItsPlace() {
        assertThat(violations(Documents.MAPPER, "{\"id\": \"a\", \"name\": }", Person.class))
                .singleElement().asString().startsWith("/name: is not well-formed (line 1, column");
    }

    @Test
    void trailingTokensAreRejected() {
        assertThatThrownBy(() -> Documents.MAPPER.readValue(json(PERSON + " {}"), Person.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void messagesFollowTheModulesLocaleAndAnyLocaleOnRequest() {
        ObjectMapper indonesian = JsonMapper.builder()
                .addModule(new OutreachModule().withMessageLocale(Locale.forLanguageTag("id")))
                .build();
        assertThatThrownBy(() -> indonesian.readValue(json("{'id': 'a'}"), Person.class))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("/name: wajib diisi");
                    assertThat(e.describe(Locale.ENGLISH)).isEqualTo("/name: is required");
                    assertThat(e.locale()).isEqualTo(Locale.forLanguageTag("id"));
                });
    }

    @Test
    void aValueNestedInAnApplicationsOwnTypeIsReportedFromTheDocumentRoot() {
        assertThat(violations("{'title': 'news', 'text': {'id': ' padded'}}", Holder.class))
                .containsExactly("/text/id: must not start or end with white space");
    }

    /** An application's own type with an Outreach value inside. */
    static final class Holder {
        public String title;
        public BilingualText text;
    }
}
