package dev.outreach.format;

import static dev.outreach.format.OutreachFormatTest.format;
import static dev.outreach.format.OutreachFormatTest.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.core.BilingualText;
import dev.outreach.core.CountryCode;
import dev.outreach.core.Episode;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Moment;
import dev.outreach.core.Platform;
import dev.outreach.core.Program;
import dev.outreach.core.ReachReport;
import dev.outreach.core.Subdivision;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the format gives the Jackson modules for an application's own types: the version marker
 * at the top of any value the module reads (not only a document's root), map keys of the types
 * written as strings, and the description of each object type's properties for schema visitors.
 */
class ApplicationSupportTest {

    private static final String EPISODE = "{'outreachFormat': '1.0', 'id': 'e', 'number': 1, 'title': {'en': 'T'}}";

    /** Reads the value that starts at the first object inside an array: not the document's root. */
    private static <T> T readInArray(Class<T> type, String json, ReadContext context) throws IOException {
        JsonText.Reader reader = JsonText.Reader.on(("[" + json + "]").replace('\'', '"'));
        reader.next();
        return format(type).read(reader, context);
    }

    // ---- the marker -------------------------------------------------------------------------

    @Test
    void theMarkerIsReadAtTheTopOfAValueThatIsNotTheDocumentsRoot() throws IOException {
        ReadContext context = new ReadContext(true);
        Episode episode = readInArray(Episode.class, EPISODE, context);
        assertThat(context.violations()).isEmpty();
        assertThat(episode.id()).isEqualTo("e");
        ReadContext bad = new ReadContext(true);
        assertThat(readInArray(Episode.class, EPISODE.replace("1.0", "3.0"), bad)).isNull();
        assertThat(lines(bad.violations()))
                .containsExactly("/0/outreachFormat: names a format version this reader does not support");
    }

    @Test
    void theMarkerInsideANestedValueIsRefusedWhereverTheTopIs() throws IOException {
        String program = "{'id': 'p', 'name': {'en': 'P'}, 'organizer': {'id': 'o', 'name': {'en': 'O'},"
                + " 'kind': 'ministry'}, 'platform': 'x-spaces', 'episodes': [" + EPISODE + "]}";
        ReadContext context = new ReadContext(true);
        assertThat(readInArray(Program.class, program, context)).isNull();
        assertThat(lines(context.violations()))
                .containsExactly("/0/episodes/0/outreachFormat: is not a property of this object");
    }

    // ---- map keys ---------------------------------------------------------------------------

    @Test
    void aKeyIsWrittenAsTheValuesTextAndReadByTheValuesRules() {
        assertThat(format(LanguageTag.class).keyText(LanguageTag.of("zh-hant-tw"))).isEqualTo("zh-Hant-TW");
        assertThat(format(Subdivision.class).keyText(Subdivision.of("ID-BA"))).isEqualTo("ID-BA");
        assertThat(format(Platform.class).keyText(Platform.X_SPACES)).isEqualTo("x-spaces");
        assertThat(format(Moment.class).keyText(Moment.ofDate(2022, 10, 4))).isEqualTo("2022-10-04");
        ReadContext context = new ReadContext(true);
        assertThat(format(LanguageTag.class).readKey("in", List.of("titles", "in"), context))
                .isEqualTo(LanguageTag.INDONESIAN);
        assertThat(format(CountryCode.class).readKey("ID", List.of("ID"), context)).isEqualTo(CountryCode.INDONESIA);
        assertThat(context.count()).isZero();
    }

    @Test
    void aBadKeyIsReportedAtItsPlace() {
        ReadContext context = new ReadContext(true);
        assertThat(format(Platform.class).readKey("meet", List.of("byPlatform", "meet"), context)).isNull();
        assertThat(format(CountryCode.class).readKey("Indonesia", List.of(3, "Indonesia"), context)).isNull();
        assertThat(lines(context.violations())).containsExactly("/byPlatform/meet: is not a known code",
                "/3/Indonesia: must be an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void anObjectTypeIsNoKey() {
        assertThatThrownBy(() -> format(Episode.class).keyText(Episode.builder().id("e").number(1)
                .title(BilingualText.english("T")).build()))
                .isInstanceOf(IllegalStateException.class).hasMessage("Episode is not written as a string");
        assertThatThrownBy(() -> format(Episode.class).readKey("e", List.of("e"), new ReadContext(true)))
                .isInstanceOf(IllegalStateException.class).hasMessage("Episode is not written as a string");
    }

    // ---- descriptions for schema visitors ---------------------------------------------------

    @Test
    void eachObjectTypeDescribesItsPropertiesAsTheFormatWritesThem() {
        for (OutreachFormat<?> format : OutreachFormat.all()) {
            List<FormatProperty> properties = format.properties();
            assertThat(properties.stream().map(FormatProperty::name).collect(Collectors.toList()))
                    .as(format.type().getSimpleName()).isEqualTo(format.propertyNames());
            assertThat(properties.stream().filter(FormatProperty::required).map(FormatProperty::name)
                    .collect(Collectors.toList())).isEqualTo(format.requiredPropertyNames());
            assertThat(properties.stream().filter(FormatProperty::list).map(FormatProperty::name)
                    .collect(Collectors.toList())).isEqualTo(format.listPropertyNames());
            for (FormatProperty property : properties) {
                assertThat(property.maxItems()).isEqualTo(property.list() ? format.maxItems(property.name()) : 0);
            }
        }
    }

    @Test
    void anEpisodesPropertiesHaveTheirTypes() {
        List<FormatProperty> episode = format(Episode.class).properties();
        assertThat(episode.stream().map(FormatProperty::toString).collect(Collectors.toList())).containsExactly(
                "id: String", "number: Integer", "title: BilingualText", "description?: BilingualText",
                "aired?: Moment", "ended?: Moment", "duration?: Duration", "status?: LiveStatus",
                "platform?: Platform", "url?: URI", "recording?: Recording", "speakers?: Speaker[]",
                "quotes?: Quote[]", "partnerIds?: String[]", "eventIds?: String[]");
        FormatProperty title = episode.get(2);
        assertThat(title.object()).isTrue();
        assertThat(title.properties().stream().map(FormatProperty::toString)).containsExactly("id?: String", "en?: String");
        assertThat(episode.get(9).type()).isEqualTo(URI.class);
        assertThat(episode.get(9).object()).isFalse();
        assertThat(episode.get(9).properties()).isEmpty();
        assertThat(episode.get(10).object()).isTrue();
        assertThat(episode.get(10).properties().stream().map(FormatProperty::toString)).containsExactly("url: URI",
                "duration?: Duration", "transcript?: URI", "transcriptLanguage?: LanguageTag");
        assertThat(episode.get(11).object()).isTrue();
        assertThat(episode.get(11).maxItems()).isEqualTo(100);
        assertThat(format(LanguageTag.class).properties()).isEmpty();
    }

    @Test
    void aReportsProvincesAreObjectsOfCodeAndName() {
        FormatProperty reached = format(ReachReport.class).properties().stream()
                .filter(p -> p.name().equals("provincesReached")).findFirst().orElseThrow();
        assertThat(reached.list()).isTrue();
        assertThat(reached.type()).isEqualTo(Subdivision.class);
        assertThat(reached.object()).isTrue();
        assertThat(reached.properties().stream().map(FormatProperty::toString))
                .containsExactly("code: Subdivision", "name?: String");
    }
}
