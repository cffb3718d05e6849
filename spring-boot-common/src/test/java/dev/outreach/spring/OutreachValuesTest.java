package dev.outreach.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outreach.core.Episode;
import dev.outreach.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;

/** The exception, the properties and the content description: what they hold and never hold. */
class OutreachValuesTest {

    @Test
    void theExceptionSummarisesWithoutTheInputAndKeepsItsViolations() {
        List<Violation> violations = new ArrayList<>(List.of(Violation.of("outreach.document.unknownProperty",
                "Rahasia\u001b[31m")));
        MockHttpInputMessage input = new MockHttpInputMessage(new byte[0]);

        OutreachContentNotReadableException one = OutreachContentNotReadableException.invalidContent(violations,
                0, input);
        violations.add(Violation.of("outreach.min", "number"));

        assertThat(one.getMessage()).isEqualTo("Outreach content refused: 1 violation");
        assertThat(one.violations()).hasSize(1);
        assertThat(one.getHttpInputMessage()).isSameAs(input);
        assertThat(OutreachContentNotReadableException.invalidContent(violations, 0, input).getMessage())
                .isEqualTo("Outreach content refused: 2 violations");
        OutreachContentNotReadableException many = OutreachContentNotReadableException.invalidContent(violations,
                150, input);
        assertThat(many.getMessage()).isEqualTo("Outreach content refused: 152 violations");
        assertThat(many.omitted()).isEqualTo(150);
        assertThat(OutreachContentNotReadableException.invalidContent(violations, -1, input).omitted()).isZero();
        assertThat(OutreachContentNotReadableException.emptyBody(input).getMessage())
                .isEqualTo("Outreach content refused: empty body");
        assertThat(OutreachContentNotReadableException.unsupportedMediaType().getMessage())
                .isEqualTo("Outreach content refused: unsupported media type");
    }

    @Test
    void aMalformedDocumentKeepsItsPlaceAndNeverANegativeOne() {
        OutreachContentNotReadableException e = OutreachContentNotReadableException.malformedDocument(2, 7, null);
        OutreachContentNotReadableException unknown = OutreachContentNotReadableException.malformedDocument(-1, -1,
                null);

        assertThat(e.type()).isEqualTo(OutreachProblemType.MALFORMED_DOCUMENT);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.violations()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("Outreach content refused: not a JSON document");
        assertThat(unknown.line()).isZero();
        assertThat(unknown.column()).isZero();
    }

    @Test
    void problemTypesHaveStableUrisAndStatuses() {
        assertThat(OutreachProblemType.INVALID_CONTENT.uri()).hasToString(
                "https://outreach.dev/problems/invalid-content");
        assertThat(OutreachProblemType.UNSUPPORTED_MEDIA_TYPE.code()).isEqualTo("unsupported-media-type");
        assertThat(OutreachProblemType.UNSUPPORTED_MEDIA_TYPE.status()).isEqualTo(415);
        assertThat(OutreachProblemType.EMPTY_BODY.status()).isEqualTo(400);
    }

    @Test
    void thePropertiesHaveTheDocumentedDefaultsAndRefuseNoLanguage() {
        OutreachProperties properties = new OutreachProperties();

        assertThat(properties.getMessageLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(properties.isFormatVersionWritten()).isTrue();
        assertThat(properties.isIgnoreUnknownProperties()).isFalse();
        assertThat(properties.getProblemDetails().isEnabled()).isTrue();
        properties.setMessageLocale(Locale.forLanguageTag("id"));
        properties.setFormatVersionWritten(false);
        properties.setIgnoreUnknownProperties(true);
        properties.getProblemDetails().setEnabled(false);
        assertThat(properties.getMessageLocale()).isEqualTo(Locale.forLanguageTag("id"));
        assertThat(properties.isFormatVersionWritten()).isFalse();
        assertThat(properties.isIgnoreUnknownProperties()).isTrue();
        assertThat(properties.getProblemDetails().isEnabled()).isFalse();
        assertThatThrownBy(() -> properties.setMessageLocale(null)).hasMessageContaining("outreach.message-locale");
    }

    @Test
    void theContentDescriptionHoldsWhatItWasGiven() throws Exception {
        OutreachContent content = OutreachContent.of(Set.of(Episode.class), "{}", StringHttpMessageConverter.class,
                problem -> new byte[] {1});

        assertThat(content.types()).containsExactly(Episode.class);
        assertThat(content.schema()).isEqualTo("{}");
        assertThat(content.converterType()).isEqualTo(StringHttpMessageConverter.class);
        assertThat(content.problemWriter().write(java.util.Map.of())).containsExactly(1);
        assertThat(content).hasToString("OutreachContent[1 types, converter StringHttpMessageConverter]");
        assertThatThrownBy(() -> OutreachContent.of(Set.of(), null, StringHttpMessageConverter.class, p -> null))
                .hasMessage("schema");
    }
}
