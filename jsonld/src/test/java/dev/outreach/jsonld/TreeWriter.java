package dev.outreach.jsonld;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outreach.core.Coverage;
import dev.outreach.core.Dossier;
import dev.outreach.core.Episode;
import dev.outreach.core.Event;
import dev.outreach.core.Program;
import java.util.Optional;
import java.util.function.Function;

/**
 * The writer's documents parsed back into Jackson trees, so that tests can look into them: each
 * method prints through the {@link JsonLdWriter} method of the same name and parses the text.
 */
final class TreeWriter {

    private final JsonLdWriter writer;

    TreeWriter(JsonLdWriter writer) {
        this.writer = writer;
    }

    ObjectNode program(Program program) {
        return parse(writer.program(program));
    }

    ObjectNode episode(Episode episode, Program program) {
        return parse(writer.episode(episode, program));
    }

    ObjectNode episode(Episode episode) {
        return parse(writer.episode(episode));
    }

    ObjectNode event(Event event) {
        return parse(writer.event(event));
    }

    ObjectNode event(Event event, Dossier dossier) {
        return parse(writer.event(event, dossier));
    }

    ObjectNode event(Event event, Function<String, Optional<Event>> lookup) {
        return parse(writer.event(event, lookup));
    }

    ObjectNode coverage(Coverage coverage, Dossier dossier) {
        return parse(writer.coverage(coverage, dossier));
    }

    ObjectNode dossier(Dossier dossier) {
        return parse(writer.dossier(dossier));
    }

    /** @return {@link JsonLdWriter#writeString(Object)}'s document as a tree */
    ObjectNode write(Object modelValue) {
        return parse(writer.writeString(modelValue));
    }

    String writeString(Object modelValue) {
        return writer.writeString(modelValue);
    }

    String scriptElement(Object modelValue) {
        return writer.scriptElement(modelValue);
    }

    private static ObjectNode parse(String json) {
        return (ObjectNode) Fixtures.parse(json);
    }
}
