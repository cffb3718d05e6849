package dev.outreach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the one {@link InvalidContentException} that building an invalid value throws. */
final class ContentAssertions {

    private ContentAssertions() {
    }

    /**
     * Asserts that {@code building} throws an {@link InvalidContentException} with exactly one
     * violation, at {@code pointer}, whose English message is {@code message}.
     *
     * @return that violation, for further checks
     */
    static Violation assertViolation(ThrowingCallable building, String pointer, String message) {
        InvalidContentException exception = assertInvalid(building);
        assertThat(exception.violations())
                .as("violations of %s", exception.typeName())
                .hasSize(1);
        Violation violation = exception.violations().get(0);
        assertThat(violation.pointer()).as("pointer of %s", violation).isEqualTo(pointer);
        assertThat(violation.message()).as("message of %s", violation).isEqualTo(message);
        return violation;
    }

    /** Asserts that {@code building} throws an {@link InvalidContentException}, and returns it. */
    static InvalidContentException assertInvalid(ThrowingCallable building) {
        InvalidContentException exception = catchThrowableOfType(InvalidContentException.class, building);
        assertThat(exception).as("an InvalidContentException").isNotNull();
        return exception;
    }
}
