package dev.outreach.conformance;

import dev.outreach.core.Episode;
import dev.outreach.core.LanguageTag;
import dev.outreach.core.Program;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An application's own types that hold Outreach values, bound by Jackson's reflection (public
 * fields), as an application's classes are.
 */
public final class ApplicationTypes {

    private ApplicationTypes() {
    }

    /** A page of a portal: Outreach values in its own properties, a list and a map. */
    public static final class Feature {
        /** An episode. */
        public Episode episode;
        /** More episodes. */
        public List<Episode> episodes;
        /** A program. */
        public Program program;
        /** Titles by language: a map keyed by a value type. */
        public Map<LanguageTag, String> titles;

        @Override
        public boolean equals(Object other) {
            return other instanceof Feature && Objects.equals(episode, ((Feature) other).episode)
                    && Objects.equals(episodes, ((Feature) other).episodes)
                    && Objects.equals(program, ((Feature) other).program)
                    && Objects.equals(titles, ((Feature) other).titles);
        }

        @Override
        public int hashCode() {
            return Objects.hash(episode, episodes, program, titles);
        }
    }

    /** A holder of anything: an {@code Object} property, typed by default typing. */
    public static final class Holder {
        /** A name. */
        public String name;
        /** Anything. */
        public Object value;

        @Override
        public boolean equals(Object other) {
            return other instanceof Holder && Objects.equals(name, ((Holder) other).name)
                    && Objects.equals(value, ((Holder) other).value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, value);
        }
    }
}
