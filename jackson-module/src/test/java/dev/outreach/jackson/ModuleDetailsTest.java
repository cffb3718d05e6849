package dev.outreach.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.outreach.core.BilingualText;
import dev.outreach.core.Dossier;
import dev.outreach.core.Person;
import dev.outreach.format.OutreachFormat;
import dev.outreach.format.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The adapters between Jackson and the format, and the small parts of the module's API: what a
 * token is called, where a value is, how nulls in an application's own types are left alone.
 */
class ModuleDetailsTest {

    private static final JsonMapper MAPPER = OutreachJson.hardenedMapper();

    @Test
    void everyJacksonTokenHasItsFormatToken() throws Exception {
        JsonParser parser = MAPPER.getFactory().createParser("{\"a\": [1, 2.5, true, false, null, \"s\", {}]}");
        Jackson2Reader reader = new Jackson2Reader(parser);
        assertThat(reader.token()).isEqualTo(Token.OTHER);
        List<Token> tokens = new ArrayList<>();
        for (Token token = reader.next(); token != Token.OTHER; token = reader.next()) {
            tokens.add(token);
        }
        assertThat(tokens).containsExactly(Token.START_OBJECT, Token.FIELD_NAME, Token.START_ARRAY, Token.INTEGER,
                Token.DECIMAL, Token.BOOLEAN, Token.BOOLEAN, Token.NULL, Token.STRING, Token.START_OBJECT,
                Token.END_OBJECT, Token.END_ARRAY, Token.END_OBJECT);

        TokenBuffer buffer = new TokenBuffer(MAPPER, false);
        buffer.writeEmbeddedObject(new byte[] {1});
        JsonParser embedded = buffer.asParser();
        assertThat(embedded.nextToken()).isEqualTo(JsonToken.VALUE_EMBEDDED_OBJECT);
        assertThat(new Jackson2Reader(embedded).token()).isEqualTo(Token.OTHER);
    }

    @Test
    void theLocationOfAValueIsItsPathFromTheRoot() throws Exception {
        JsonParser parser = MAPPER.getFactory().createParser("{\"a\": [7, {\"b\": \"x\"}], \"c\": {}}");
        Jackson2Reader reader = new Jackson2Reader(parser);
        List<String> seen = new ArrayList<>();
        for (Token token = reader.next(); token != Token.OTHER; token = reader.next()) {
            seen.add(token + " " + reader.location());
        }
        assertThat(seen).containsExactly(
                "START_OBJECT []",
                "FIELD_NAME [a]",
                "START_ARRAY [a]",
                "INTEGER [a, 0]",
                "START_OBJECT [a, 1]",
                "FIELD_NAME [a, 1, b]",
                "STRING [a, 1, b]",
                "END_OBJECT [a, 1]",
                "END_ARRAY [a]",
                "FIELD_NAME [c]",
                "START_OBJECT [c]",
                "END_OBJECT [c]",
                "END_OBJECT []");
    }

    @Test
    void numbersAreWholeNumbersOnlyWhenTheyFitAnInt() throws Exception {
        JsonParser parser = MAPPER.getFactory().createParser("[2147483647, 2147483648, -2147483648]");
        Jackson2Reader reader = new Jackson2Reader(parser);
        reader.next();
        reader.next();
        assertThat(reader.fitsInt()).isTrue();
        assertThat(reader.intValue()).isEqualTo(Integer.MAX_VALUE);
        reader.next();
        assertThat(reader.fitsInt()).isFalse();
        reader.next();
        assertThat(reader.fitsInt()).isTrue();
        assertThat(reader.intValue()).isEqualTo(Integer.MIN_VALUE);
    }

    /** An application's own type, read by Jackson's own means, with an Outreach value inside. */
    public record Note(String title, BilingualText text) {
    }

    /** An application's bean with an Outreach value inside. */
    public static final class Holder {
        public String title;
        public BilingualText text;
    }

    @Test
    void aNullOrAbsentOutreachValueInAnApplicationsTypeIsLeftToTheApplication() throws Exception {
        Holder holder = MAPPER.readValue("{\"title\": \"news\", \"text\": null}", Holder.class);
        assertThat(holder.title).isEqualTo("news");
        assertThat(holder.text).isNull();
        Note absent = MAPPER.readValue("{\"title\": \"news\"}", Note.class);
        assertThat(absent).isEqualTo(new Note("news", null));
        Note present = MAPPER.readValue("{\"title\": \"news\", \"text\": {\"en\": \"x\"}}", Note.class);
        assertThat(present.text()).isEqualTo(BilingualText.english("x"));
    }

    @Test
    void aNullDocumentIsRejected() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> MAPPER.readValue("null", Person.class));
        assertThat(e.getMessage()).isEqualTo("/: must not be null (leave an optional property out instead)");
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> MAPPER.readValue("{\n  \"id\": \"a\",\n  \"name\": }", Person.class));
        assertThat(e.getMessage()).isEqualTo("/name: is not well-formed (line 3, column 11)");
        assertThat(e.violations().get(0).parameters()).containsEntry("line", 3).containsEntry("column", 11);
        assertThat(e.getCause()).isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
    }

    @Test
    void aViolationAtTheRootIsShownAsASlash() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> MAPPER.readValue("42", Dossier.class));
        assertThat(e.getMessage()).isEqualTo("/: must be an object");
        assertThat(e.getOriginalMessage()).isEqualTo("/: must be an object");
        assertThat(e.describe(Locale.forLanguageTag("id"))).isEqualTo("/: harus berupa objek");
        assertThat(e.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theModuleNamesItselfAndItsOptions() {
        OutreachModule module = new OutreachModule();
        assertThat(module.getModuleName()).isEqualTo("outreach");
        assertThat(module.getTypeId()).isEqualTo(OutreachModule.class.getName());
        assertThat(module).hasToString("OutreachModule[messageLocale=en, formatVersionWritten=true]");
        assertThat(module.withFormatVersionWritten(false).withMessageLocale(Locale.forLanguageTag("id")))
                .hasToString("OutreachModule[messageLocale=id, formatVersionWritten=false]");
    }

    @Test
    void theModuleNamesEveryTypeItReadsAndWrites() {
        assertThat(new OutreachModule().types())
                .contains(dev.outreach.core.Episode.class, dev.outreach.core.Dossier.class,
                        dev.outreach.core.BilingualText.class, dev.outreach.core.ReachReport.class)
                .contains(dev.outreach.core.Moment.class)
                .hasSize(OutreachFormat.all().size())
                .allSatisfy(type -> assertThat(JsonMapper.builder().addModule(new OutreachModule()).build()
                        .getSerializerProviderInstance().findValueSerializer(type).getClass().getPackageName())
                        .isEqualTo("dev.outreach.jackson"));
    }

    @Test
    void hardenedMappersAreNewEachTimeAndCarryTheModule() throws Exception {
        JsonMapper first = OutreachJson.hardenedMapper();
        assertThat(first).isNotSameAs(OutreachJson.hardenedMapper());
        assertThat(first.getRegisteredModuleIds()).contains(OutreachModule.class.getName());
        assertThat(first.readValue("{\"id\": \"a\", \"name\": \"A\"}", Person.class).id()).isEqualTo("a");
        assertThat(OutreachJson.hardenedMapper(true).getRegisteredModuleIds()).contains(OutreachModule.class.getName());
        assertThat(OutreachJson.schema()).isEqualTo(OutreachFormat.schema()).isNotBlank();
    }
}
