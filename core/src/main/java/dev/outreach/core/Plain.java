package dev.outreach.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the plain values that the builders' convenience methods take (a link as text, a language
 * tag or country code as text) into the model's values, and reports a bad one at its property of
 * the type being built, as building would: one {@link InvalidContentException}, never a
 * {@link URISyntaxException} or a bare {@link IllegalArgumentException}.
 */
final class Plain {

    /** The longest duration the model takes: seven days. */
    static final Duration MAX_DURATION = Duration.ofDays(7);

    private Plain() {
    }

    /**
     * @return the text as a link, when it is an absolute https URL; {@code null} for {@code null}, which the
     *         builder then treats as it treats a {@code null} link
     * @throws InvalidContentException at {@code property} of {@code type} otherwise
     */
    static URI link(Class<?> type, String property, String text) {
        if (text == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(type, property, "outreach.url.invalid");
        }
        if (!HttpsUrl.Validator.isHttpsUrl(uri)) {
            throw invalid(type, property, "outreach.url.invalid");
        }
        return uri;
    }

    /**
     * @return the value the model's factory makes of the input; {@code null} for {@code null}, which the
     *         builder then treats as it treats a {@code null} value
     * @throws InvalidContentException with the factory's violations placed at {@code property} of {@code type}
     */
    static <T, R> R value(Class<?> type, String property, Function<T, R> factory, T input) {
        if (input == null) {
            return null;
        }
        try {
            return factory.apply(input);
        } catch (InvalidContentException e) {
            List<Violation> placed = new ArrayList<>(e.violations().size());
            for (Violation violation : e.violations()) {
                placed.add(violation.under(List.of(property)));
            }
            throw new InvalidContentException(typeName(type), placed);
        }
    }

    /** Reports a duration that is not more than zero and at most {@link #MAX_DURATION} at {@code property}. */
    static void checkDuration(Duration duration, Problems problems, String property) {
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            problems.report("outreach.duration.range", property);
        }
    }

    private static InvalidContentException invalid(Class<?> type, String property, String messageKey) {
        return new InvalidContentException(typeName(type), List.of(Violation.of(messageKey, property)));
    }

    /** @return the name the exception gives the type: its simple name, such as {@code Episode} */
    private static String typeName(Class<?> type) {
        return type.getSimpleName();
    }
}
