package dev.outreach.examples;

import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Program;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What a content file holds at its top level. A file is read as one of these; with
 * {@code --type auto} (the default) the tool tells which from the file's own top-level
 * properties, so that a folder of mixed files can be checked in one command.
 */
enum RootType {

    /** Everything about a topic: programs, events and press coverage. */
    DOSSIER(Dossier.class, "programs", "events", "coverage"),
    /** One program with its partners and episodes. */
    PROGRAM(Program.class, "organizer", "partners", "episodes"),
    /** One episode with its speakers and quotes. */
    EPISODE(Episode.class, "number", "title", "aired", "ended", "duration", "recording", "speakers", "quotes",
            "partnerIds", "eventIds"),
    /** One event, such as a conference. */
    EVENT(Event.class, "acronym", "edition", "theme", "start", "end", "location", "attendanceMode", "organizers",
            "relations"),
    /** One press article about the content. */
    COVERAGE(Coverage.class, "outlet", "headline", "dateline", "byline", "published", "language", "about",
            "commentaries");

    private final Class<?> type;
    /** Top-level properties that only this type has (among the root types). */
    private final List<String> markers;

    RootType(Class<?> type, String... markers) {
        this.type = type;
        this.markers = List.of(markers);
    }

    /** @return the model class a file of this type is read as */
    Class<?> type() {
        return type;
    }

    /** @return the top-level properties that only this type has among the root types */
    List<String> markers() {
        return markers;
    }

    /** @return the type's name as a person reads it: Dossier, Episode, ... */
    String displayName() {
        return type.getSimpleName();
    }

    /** @return the name on the command line: dossier, episode, ... */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Tells the type of a document from its top-level property names: the type that has the
     * most of them as its own. A document with none of them (such as {@code {}}) is a Dossier.
     *
     * @param names the property names at the document's top level
     * @return the root type to read the document as
     */
    static RootType detect(Set<String> names) {
        RootType best = DOSSIER;
        long bestScore = 0;
        for (RootType candidate : values()) {
            long score = candidate.markers.stream().filter(names::contains).count();
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Reads {@code --type}: {@code auto} (as null) or the code of a root type. */
    static final class Converter implements ITypeConverter<RootType> {
        @Override
        public RootType convert(String value) {
            if ("auto".equalsIgnoreCase(value)) {
                return null;
            }
            for (RootType type : values()) {
                if (type.code().equalsIgnoreCase(value)) {
                    return type;
                }
            }
            throw new TypeConversionException("'" + value
                    + "' is not a document type: use auto, dossier, program, episode, event or coverage");
        }
    }
}
