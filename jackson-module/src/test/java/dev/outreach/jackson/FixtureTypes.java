package dev.outreach.jackson;

import dev.outreach.format.OutreachFormat;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The root type of a fixture, from its file name: {@code episode-road-to-wcce.json} is an
 * Episode, {@code event-relation-x.json} an EventRelation (the longest matching prefix wins).
 */
final class FixtureTypes {

    private FixtureTypes() {
    }

    /** @return the file-name prefix of a type: {@code EventRelation} is {@code event-relation-} */
    static String prefix(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + "-";
    }

    /** @return the model type a fixture's name says its root is */
    static Class<?> of(Path file) {
        String name = file.getFileName().toString();
        Optional<Class<?>> type = OutreachFormat.all().stream()
                .filter(OutreachFormat::isObject)
                .<Class<?>>map(OutreachFormat::type)
                .filter(t -> name.startsWith(prefix(t)))
                .max(Comparator.comparingInt(t -> prefix(t).length()));
        return type.orElseThrow(() -> new AssertionError(name + " does not start with the name of a type"));
    }
}
