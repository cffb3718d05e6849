package dev.outreach.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Quote;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * How a property is found by the name a parser gives: by identity with the format's own
 * (interned) names, by identity with the instance a parser gave before, and by its text when the
 * parser gives a new copy each time (YAML, a factory without interning, this module's test reader).
 */
class PropertyLookupTest {

    @Test
    void everyPropertyIsFoundByItsOwnNameFromAnyStart() {
        ReadContext context = new ReadContext(true);
        for (ObjectFormat<?, ?> format : Formats.ALL) {
            List<? extends Property<?, ?>> properties = format.properties();
            for (Property<?, ?> property : properties) {
                for (int from = 0; from <= properties.size(); from++) {
                    assertThat(format.find(property.name, from, context)).as(format + " " + property.name + " from " + from)
                            .isSameAs(property);
                }
            }
        }
        assertThat(context.namesByText).as("names looked up by their text").isZero();
    }

    @Test
    void everyPropertyIsFoundByACopyOfItsName() {
        ReadContext context = new ReadContext(true);
        for (ObjectFormat<?, ?> format : Formats.ALL) {
            List<? extends Property<?, ?>> properties = format.properties();
            for (Property<?, ?> property : properties) {
                for (int from = 0; from <= properties.size(); from++) {
                    String copy = new String(property.name);
                    assertThat(format.find(copy, from, context)).as(format + " " + property.name + " from " + from)
                            .isSameAs(property);
                    // The copy given again, as a canonicalising parser gives it, is found again.
                    assertThat(format.find(copy, from, context)).isSameAs(property);
                }
            }
        }
    }

    @Test
    void aCopyOfOneNameKeptForItsPropertyNeverFindsAnother() {
        ReadContext context = new ReadContext(true);
        ObjectFormat<?, ?> quote = Formats.QUOTE;
        String text = new String("text");
        assertThat(quote.find(text, 0, context).name).isEqualTo("text");
        for (Property<?, ?> property : quote.properties()) {
            assertThat(quote.find(new String(property.name), 0, context)).isSameAs(property);
            assertThat(quote.find(property.name, 3, context)).isSameAs(property);
        }
        assertThat(quote.find(text, 5, context).name).isEqualTo("text");
    }

    @Test
    void aNameOfNoPropertyIsNone() {
        ReadContext context = new ReadContext(true);
        for (ObjectFormat<?, ?> format : Formats.ALL) {
            for (int from = 0; from <= format.properties().size(); from++) {
                assertThat(format.find("noSuchProperty", from, context)).isNull();
                assertThat(format.find(new String(ObjectFormat.VERSION_PROPERTY), from, context)).isNull();
                assertThat(format.find("", from, context)).isNull();
            }
        }
    }

    @Test
    void aDocumentReadsTheSameWithInternedNamesAndWithCopiesInAnyOrder() throws IOException {
        String inOrder = "{'speakerId': 'p1', 'text': {'id': 'Kata', 'en': 'Word', 'ja': 'kotoba', 'ar': 'kalima'},"
                + " 'language': 'id', 'form': 'paraphrase', 'saidAt': '2022-10-04', 'source': 'https://example.org/q'}";
        String reversed = "{'source': 'https://example.org/q', 'saidAt': '2022-10-04', 'form': 'paraphrase',"
                + " 'language': 'id', 'text': {'ar': 'kalima', 'ja': 'kotoba', 'en': 'Word', 'id': 'Kata'},"
                + " 'speakerId': 'p1'}";
        Quote expected = read(inOrder, Names.COPIES);
        assertThat(expected.text().others()).hasSize(2);
        assertThat(read(inOrder, Names.INTERNED)).isEqualTo(expected);
        assertThat(read(reversed, Names.COPIES)).isEqualTo(expected);
        assertThat(read(reversed, Names.INTERNED)).isEqualTo(expected);
    }

    @Test
    void onlyNamesNeverSeenBeforeAreLookedUpByTheirText() throws IOException {
        String document = "{'speakerId': 'p1', 'text': {'id': 'Kata', 'en': 'Word'}, 'language': 'id',"
                + " 'form': 'paraphrase', 'saidAt': '2022-10-04', 'source': 'https://example.org/q'}";
        String reordered = "{'text': {'en': 'Word', 'id': 'Kata'}, 'source': 'https://example.org/q',"
                + " 'speakerId': 'p1', 'saidAt': '2022-10-04', 'language': 'id', 'form': 'paraphrase'}";
        // 6 names of a quote and 2 of its text: interned, each is found by identity, in any order.
        assertThat(namesByText(document, Names.INTERNED)).isZero();
        assertThat(namesByText(reordered, Names.INTERNED)).isZero();
        // Copies, as a YAML parser gives them: each one is looked up by its text.
        assertThat(namesByText(document, Names.COPIES)).isEqualTo(8);
        assertThat(namesByText(reordered, Names.COPIES)).isEqualTo(8);
        // One instance of each name, as Jackson 3 canonicalises them: looked up once, then found by identity.
        Map<String, String> canonical = new HashMap<>();
        TokenReader first = new Renaming(JsonText.Reader.on(json(document)), name -> canonical.computeIfAbsent(name,
                n -> new String(n)));
        ReadContext context = new ReadContext(true);
        assertThat(Formats.QUOTE.read(first, context)).isNotNull();
        assertThat(context.namesByText).isEqualTo(8);
        for (String again : new String[] {document, reordered}) {
            TokenReader reader = new Renaming(JsonText.Reader.on(json(again)), canonical::get);
            ReadContext next = new ReadContext(true);
            assertThat(Formats.QUOTE.read(reader, next)).isNotNull();
            assertThat(next.namesByText).isZero();
        }
    }

    private static int namesByText(String document, Names names) throws IOException {
        ReadContext context = new ReadContext(true);
        assertThat(Formats.QUOTE.read(reader(document, names), context)).isNotNull();
        assertThat(context.violations()).isEmpty();
        return context.namesByText;
    }

    private static String json(String document) {
        return document.replace('\'', '"');
    }

    @Test
    void aDuplicateIsFoundWhetherItsNameIsTheSameInstanceOrACopy() throws IOException {
        String document = "{'speakerId': 'p1', 'text': {'id': 'Kata'}, 'language': 'id', 'speakerId': 'p2'}";
        for (Names names : Names.values()) {
            ReadContext context = new ReadContext(true);
            assertThat(Formats.QUOTE.read(reader(document, names), context)).isNull();
            assertThat(context.violations()).singleElement().satisfies(v -> {
                assertThat(v.pointer()).isEqualTo("/speakerId");
                assertThat(v.messageKey()).isEqualTo("outreach.document.duplicateProperty");
            });
        }
    }

    private static Quote read(String document, Names names) throws IOException {
        ReadContext context = new ReadContext(true);
        Quote quote = Formats.QUOTE.read(reader(document, names), context);
        assertThat(context.violations()).isEmpty();
        return quote;
    }

    /** The names a reader gives. */
    private enum Names {
        /** A new copy of each, as the test reader and YAML parsers give them. */
        COPIES,
        /** The format's own instances, as Jackson 2's JSON parsers give them. */
        INTERNED
    }

    private static TokenReader reader(String document, Names names) throws IOException {
        JsonText.Reader reader = JsonText.Reader.on(json(document));
        return names == Names.INTERNED ? new Renaming(reader, String::intern) : reader;
    }

    /** A reader that gives the names of another as {@code rename} makes them. */
    private static final class Renaming implements TokenReader {
        private final TokenReader reader;
        private final UnaryOperator<String> rename;

        Renaming(TokenReader reader, UnaryOperator<String> rename) {
            this.reader = reader;
            this.rename = rename;
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
            return name == null ? null : rename.apply(name);
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
