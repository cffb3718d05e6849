package dev.outreach.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Quote;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a property is found by the name a parser gives: by identity with the format's own
 * (interned) names, by identity with the instance a parser gave before, and by its text when the
 * parser gives a new copy each time (YAML, a factory without interning, this module's test reader).
 */
class PropertyLookupTest {

    @Test
    void everyPropertyIsFoundByItsOwnNameFromAnyStart() {
        for (ObjectFormat<?, ?> format : Formats.ALL) {
            List<? extends Property<?, ?>> properties = format.properties();
            for (Property<?, ?> property : properties) {
                for (int from = 0; from <= properties.size(); from++) {
                    assertThat(format.find(property.name, from)).as(format + " " + property.name + " from " + from)
                            .isSameAs(property);
                }
            }
        }
    }

    @Test
    void everyPropertyIsFoundByACopyOfItsName() {
        for (ObjectFormat<?, ?> format : Formats.ALL) {
            List<? extends Property<?, ?>> properties = format.properties();
            for (Property<?, ?> property : properties) {
                for (int from = 0; from <= properties.size(); from++) {
                    String copy = new String(property.name);
                    assertThat(format.find(copy, from)).as(format + " " + property.name + " from " + from)
                            .isSameAs(property);
                    // The copy given again, as a canonicalising parser gives it, is found again.
                    assertThat(format.find(copy, from)).isSameAs(property);
                }
            }
        }
    }

    @Test
    void aCopyOfOneNameKeptForItsPropertyNeverFindsAnother() {
        ObjectFormat<?, ?> quote = Formats.QUOTE;
        String text = new String("text");
        assertThat(quote.find(text, 0).name).isEqualTo("text");
        for (Property<?, ?> property : quote.properties()) {
            assertThat(quote.find(new String(property.name), 0)).isSameAs(property);
            assertThat(quote.find(property.name, 3)).isSameAs(property);
        }
        assertThat(quote.find(text, 5).name).isEqualTo("text");
    }

    @Test
    void aNameOfNoPropertyIsNone() {
        for (ObjectFormat<?, ?> format : Formats.ALL) {
            for (int from = 0; from <= format.properties().size(); from++) {
                assertThat(format.find("noSuchProperty", from)).isNull();
                assertThat(format.find(new String(ObjectFormat.VERSION_PROPERTY), from)).isNull();
                assertThat(format.find("", from)).isNull();
            }
        }
    }

    @Test
    void aDocumentReadsTheSameWithInternedNamesAndWithCopiesInAnyOrder() throws IOException {
        String inOrder = "{'speakerId': 'p1', 'text': {'id': 'Kata', 'en': 'Word', 'ja': 'kotoba'}, 'language': 'id',"
                + " 'form': 'paraphrase', 'saidAt': '2022-10-04', 'source': 'https://example.org/q'}";
        String reversed = "{'source': 'https://example.org/q', 'saidAt': '2022-10-04', 'form': 'paraphrase',"
                + " 'language': 'id', 'text': {'ja': 'kotoba', 'en': 'Word', 'id': 'Kata'}, 'speakerId': 'p1'}";
        Quote expected = read(inOrder, false);
        assertThat(expected.text().others()).hasSize(1);
        assertThat(read(inOrder, true)).isEqualTo(expected);
        assertThat(read(reversed, false)).isEqualTo(expected);
        assertThat(read(reversed, true)).isEqualTo(expected);
    }

    @Test
    void aDuplicateIsFoundWhetherItsNameIsTheSameInstanceOrACopy() throws IOException {
        String document = "{'speakerId': 'p1', 'text': {'id': 'Kata'}, 'language': 'id', 'speakerId': 'p2'}";
        for (boolean interned : new boolean[] {false, true}) {
            ReadContext context = new ReadContext(true);
            assertThat(Formats.QUOTE.read(reader(document, interned), context)).isNull();
            assertThat(context.violations()).singleElement().satisfies(v -> {
                assertThat(v.pointer()).isEqualTo("/speakerId");
                assertThat(v.messageKey()).isEqualTo("outreach.document.duplicateProperty");
            });
        }
    }

    private static Quote read(String document, boolean interned) throws IOException {
        ReadContext context = new ReadContext(true);
        Quote quote = Formats.QUOTE.read(reader(document, interned), context);
        assertThat(context.violations()).isEmpty();
        return quote;
    }

    /** The test reader gives a new copy of each name; interned, it gives the format's own instances. */
    private static TokenReader reader(String document, boolean interned) throws IOException {
        JsonText.Reader reader = JsonText.Reader.on(document.replace('\'', '"'));
        return interned ? new Interning(reader) : reader;
    }

    /** A reader that interns the names of another, as Jackson 2's JSON parsers do. */
    private static final class Interning implements TokenReader {
        private final TokenReader reader;

        Interning(TokenReader reader) {
            this.reader = reader;
        }

        @Override
        public Token token() throws IOException {
            return reader.token();
        }

        @Override
        public Token next() throws IOException {
            return reader.next();
        }

        @Override
        public String nextFieldName() throws IOException {
            String name = reader.nextFieldName();
            return name == null ? null : name.intern();
        }

        @Override
        public String text() throws IOException {
            return reader.text();
        }

        @Override
        public boolean fitsInt() throws IOException {
            return reader.fitsInt();
        }

        @Override
        public int intValue() throws IOException {
            return reader.intValue();
        }

        @Override
        public void skipChildren() throws IOException {
            reader.skipChildren();
        }

        @Override
        public List<Object> location() {
            return reader.location();
        }
    }
}
