package dev.outreach.format;

import dev.outreach.core.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The codec of a property whose value has the type of the object that holds it, such as an
 * organization's parent organization: read and written with that type's format, at most
 * {@link #maxDepth} levels deep. A deeper value is reported where the model reports it (at the
 * property of the lowest object of the chain) and skipped unread, so that a document cannot make
 * the reader recurse without bound, whatever nesting the parser allows.
 *
 * @param <T> the value type
 */
final class SelfReference<T> implements Codec<T> {

    private final Supplier<ObjectFormat<?, T>> format;
    private final String property;
    final int maxDepth;
    private final String messageKey;

    /**
     * @param format     the format of the type, looked up when first needed (the property is one of its own)
     * @param property   the property's name in a document
     * @param maxDepth   how many levels of the property one object may have above it
     * @param messageKey the message of a deeper chain, which names {@code max}
     */
    SelfReference(Supplier<ObjectFormat<?, T>> format, String property, int maxDepth, String messageKey) {
        this.format = format;
        this.property = property;
        this.maxDepth = maxDepth;
        this.messageKey = messageKey;
    }

    ObjectFormat<?, T> format() {
        return format.get();
    }

    @Override
    public T read(TokenReader parser, ReadContext context) throws IOException {
        List<Object> location = parser.location();
        int depth = 0;
        while (depth < location.size() && property.equals(location.get(location.size() - 1 - depth))) {
            depth++;
        }
        if (depth > maxDepth) {
            int lowest = location.size() - depth;
            context.reportAll(location.subList(0, lowest),
                    List.of(Violation.of(List.of(property), messageKey, Map.of("max", maxDepth))), name -> name);
            parser.skipChildren();
            return null;
        }
        return format.get().read(parser, context);
    }

    @Override
    public void write(T value, TokenWriter generator) throws IOException {
        format.get().write(value, generator);
    }
}
