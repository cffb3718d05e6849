package dev.outreach.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.format.OutreachFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentShape} restates the format on purpose, so that the generated and broken
 * documents do not take the module's word for it; this keeps the restatement true: each type it
 * knows has, in the module's definitions, the same properties in the same order, the same
 * required ones and the same lists, and each object type a property refers to is known too.
 */
class DocumentShapeTest {

    @Test
    void theShapeOfEveryTypeIsTheFormats() {
        Map<String, OutreachFormat<?>> formats = OutreachFormat.all().stream().filter(OutreachFormat::isObject)
                .collect(Collectors.toMap(format -> format.type().getSimpleName(), format -> format));
        assertThat(formats).containsKeys(DocumentShape.TYPES.keySet().toArray(new String[0]));
        DocumentShape.TYPES.forEach((type, fields) -> {
            OutreachFormat<?> format = formats.get(type);
            assertThat(names(fields, field -> true)).as("the properties of %s", type)
                    .containsExactlyElementsOf(format.propertyNames());
            assertThat(names(fields, field -> field.required)).as("the required properties of %s", type)
                    .containsExactlyElementsOf(format.requiredPropertyNames());
            assertThat(names(fields, field -> field.list)).as("the list properties of %s", type)
                    .containsExactlyElementsOf(format.listPropertyNames());
            for (DocumentShape.Field field : fields) {
                if (field.kind == DocumentShape.Kind.OBJECT) {
                    assertThat(DocumentShape.TYPES).as("the type of %s.%s", type, field.name)
                            .containsKey(field.objectType);
                }
            }
        });
    }

    @Test
    void theShapeKnowsEveryTypeADossierHolds() {
        assertThat(DocumentShape.TYPES).containsKeys("Dossier", "Program", "Episode", "Event", "Coverage",
                "BilingualText");
    }

    private static List<String> names(List<DocumentShape.Field> fields, Predicate<DocumentShape.Field> which) {
        return fields.stream().filter(which).map(field -> field.name).collect(Collectors.toList());
    }
}
