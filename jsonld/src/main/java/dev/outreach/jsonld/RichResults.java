package dev.outreach.jsonld;

import dev.outreach.core.AttendanceMode;
import dev.outreach.core.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * What Google's Event rich results require of an Event: {@code name} (every event has one),
 * {@code startDate} and {@code location}; an online or mixed event also a start with a time of
 * day and UTC offset and a url for its {@code VirtualLocation}.
 */
final class RichResults {

    private RichResults() {
    }

    /** Whether the event has a start and location that an Event rich result can be built from. */
    static boolean isPublishable(Event event) {
        return problems(event, new ArrayList<>(), new ArrayList<>()) == 0;
    }

    /** @throws IncompleteEventException naming every property the event lacks */
    static void requirePublishable(Event event) {
        List<String> properties = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (problems(event, properties, reasons) > 0) {
            throw new IncompleteEventException(event.id(), properties, reasons);
        }
    }

    private static int problems(Event event, List<String> properties, List<String> reasons) {
        AttendanceMode mode = event.attendanceMode().orElse(AttendanceMode.OFFLINE);
        boolean online = mode != AttendanceMode.OFFLINE;
        if (event.start().isEmpty()) {
            properties.add("startDate");
            reasons.add("no start (startDate)");
        } else if (online && !event.start().get().hasTime()) {
            properties.add("startDate");
            reasons.add("a start with no time of day and UTC offset (startDate; "
                    + (mode == AttendanceMode.ONLINE ? "an online" : "a mixed") + " event needs both)");
        }
        if (mode != AttendanceMode.ONLINE && event.location().isEmpty()) {
            properties.add("location");
            reasons.add("no location (location)");
        }
        if (online && event.url().isEmpty()) {
            properties.add("location");
            reasons.add("no url for its VirtualLocation (location)");
        }
        return properties.size();
    }
}
