package dev.outreach.format;

import java.util.function.Function;

/**
 * A property name the format writes, made once for each property of the format: a
 * {@link TokenWriter} may keep the name here in the form its generator writes fastest (already
 * quoted and encoded, say), instead of preparing it again, or looking it up, for every object it
 * writes. Two prepared forms are kept, so that the Jackson 2 and Jackson 3 modules in one
 * application each keep their own.
 */
public final class Name {

    private final String text;
    /** A writer's prepared form of the name; immutable, so a racy copy is a valid one. */
    private volatile Object prepared;
    /** A second writer's prepared form, of another class than {@link #prepared}. */
    private volatile Object preparedOther;

    Name(String text) {
        this.text = text;
    }

    /** @return the name as it is written in a document */
    public String text() {
        return text;
    }

    /**
     * Gives the name in a writer's own prepared form, preparing it on first use. The form must be
     * immutable (it is shared by every thread that writes the name) and made from the text alone.
     *
     * @param <E>     the prepared form's type
     * @param type    the prepared form's class, which tells one writer's form from another's
     * @param prepare makes the prepared form from the text
     * @return the prepared form of this name
     */
    public <E> E prepared(Class<E> type, Function<String, ? extends E> prepare) {
        Object first = prepared;
        if (type.isInstance(first)) {
            return type.cast(first);
        }
        Object second = preparedOther;
        if (type.isInstance(second)) {
            return type.cast(second);
        }
        E made = prepare.apply(text);
        if (first == null) {
            prepared = made;
        } else {
            preparedOther = made;
        }
        return made;
    }

    @Override
    public String toString() {
        return text;
    }
}
