package dev.outreach.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A property name with the forms writers prepare of it, made once per form. */
class NameTest {

    /** A writer's prepared form of a name. */
    private static final class First {
        final String text;

        First(String text) {
            this.text = text;
        }
    }

    /** Another writer's prepared form. */
    private static final class Second {
        final String text;

        Second(String text) {
            this.text = text;
        }
    }

    @Test
    void aNameIsItsText() {
        Name name = new Name("speakerId");
        assertThat(name.text()).isEqualTo("speakerId");
        assertThat(name).hasToString("speakerId");
    }

    @Test
    void eachWriterPreparesItsFormOnceAndKeepsIt() {
        Name name = new Name("quotes");
        List<String> prepared = new ArrayList<>();
        First first = name.prepared(First.class, text -> {
            prepared.add("first " + text);
            return new First(text);
        });
        Second second = name.prepared(Second.class, text -> {
            prepared.add("second " + text);
            return new Second(text);
        });
        assertThat(first.text).isEqualTo("quotes");
        assertThat(second.text).isEqualTo("quotes");
        for (int i = 0; i < 3; i++) {
            assertThat(name.prepared(First.class, First::new)).isSameAs(first);
            assertThat(name.prepared(Second.class, Second::new)).isSameAs(second);
        }
        assertThat(prepared).containsExactly("first quotes", "second quotes");
    }

    @Test
    void aThirdFormIsStillTheNamesThoughNotKept() {
        Name name = new Name("title");
        First first = name.prepared(First.class, First::new);
        name.prepared(Second.class, Second::new);
        StringBuilder third = name.prepared(StringBuilder.class, StringBuilder::new);
        assertThat(third).hasToString("title");
        assertThat(name.prepared(First.class, First::new)).isSameAs(first);
    }

    @Test
    void aWriterThatPreparesNothingWritesTheText() throws Exception {
        NamesWriter writer = new NamesWriter();
        writer.name(new Name("outreachFormat"));
        assertThat(writer.names).containsExactly("outreachFormat");
    }

    /** A writer that only takes names, as they are written. */
    private static final class NamesWriter implements TokenWriter {
        final List<String> names = new ArrayList<>();

        @Override
        public void name(String name) {
            names.add(name);
        }

        @Override
        public void startObject(Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void endObject() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void startArray() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void endArray() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void string(String value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void number(int value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean atRoot() {
            throw new UnsupportedOperationException();
        }
    }
}
