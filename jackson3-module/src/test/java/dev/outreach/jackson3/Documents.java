package dev.outreach.jackson3;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.core.Violation;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.ObjectMapper;

/** Helpers for tests that read documents. */
final class Documents {

    static final ObjectMapper MAPPER = OutreachJson.hardenedMapper();

    private Documents() {
    }

    /** Single quotes stand for double quotes, so JSON reads easily in Java source. */
    static String json(String text) {
        return text.replace('\'', '"');
    }

    /** Reads the document and returns the violations, as {@code pointer: message} lines. */
    static List<String> violations(ObjectMapper mapper, String document, Class<?> type) {
        InvalidDocumentException[] thrown = new InvalidDocumentException[1];
        assertThatThrownBy(() -> mapper.readValue(document, type))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> thrown[0] = e);
        return lines(thrown[0].violations());
    }

    static List<String> violations(String document, Class<?> type) {
        return violations(MAPPER, json(document), type);
    }

    static List<String> lines(List<Violation> violations) {
        return violations.stream().map(v -> v.pointer() + ": " + v.message()).collect(Collectors.toList());
    }
}
