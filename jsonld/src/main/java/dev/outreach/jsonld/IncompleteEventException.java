package dev.outreach.jsonld;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when an event lacks what a schema.org Event needs to be a valid Google Event rich
 * result: a start ({@code startDate}) and a location ({@code location}); an online or mixed
 * event also needs its url (for the {@code VirtualLocation}) and a start with a time of day and
 * UTC offset. The model lets an event be known by name alone, so such an event is valid
 * content, but {@link JsonLdWriter} refuses to publish it as an Event rather than write markup
 * that search engines reject.
 *
 * <p>The message names the event's identifier and every missing property at once, such as
 * {@code Event "g20-2022" cannot be written as a schema.org Event: it has no start (startDate)
 * and no location (location); Google's Event rich results require name, startDate and location}.
 */
public final class IncompleteEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The identifier of the refused event. */
    private final String eventId;
    /** The schema.org properties that could not be written, each once. */
    private final List<String> missingProperties;

    IncompleteEventException(String eventId, List<String> missingProperties, List<String> reasons) {
        super(message(eventId, reasons));
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.missingProperties = List.copyOf(new LinkedHashSet<>(missingProperties));
    }

    /** @return the identifier of the event that was refused, such as {@code g20-2022} */
    public String eventId() {
        return eventId;
    }

    /**
     * @return the schema.org properties that could not be written, in the order checked, such
     *         as {@code [startDate, location]}
     */
    public List<String> missingProperties() {
        return missingProperties;
    }

    private static String message(String eventId, List<String> reasons) {
        StringBuilder message = new StringBuilder("Event \"").append(eventId)
                .append("\" cannot be written as a schema.org Event: it has ");
        for (int i = 0; i < reasons.size(); i++) {
            if (i > 0) {
                message.append(i == reasons.size() - 1 ? " and " : ", ");
            }
            message.append(reasons.get(i));
        }
        return message.append("; Google's Event rich results require name, startDate and location")
                .toString();
    }
}
