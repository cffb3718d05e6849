package dev.outreach.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outreach.core.Coded;
import dev.outreach.core.Subdivision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/json-format.md describes every object type of {@link Formats} and every property, as the
 * definitions have them: in the section {@code ### Type} under {@code ## Types}, one table row per
 * property in document order, with its type (lengths and the most entries of a list included)
 * and whether it is required. A property added to a format and not to its table, or a table row
 * for a property that does not exist, fails here. So does a code list of the {@code ## Codes}
 * table that misses a code or names one that is gone, and a province list that is not the
 * model's.
 */
class DocsTablesTest {

    static final Path DOCS = Path.of("..", "docs", "json-format.md");
    private static final String HEADER = "| Property | Type | Required | Rule |";

    @Test
    void everyTypeHasATableOfItsProperties() throws IOException {
        Map<String, List<String[]>> tables = tables(Files.readString(DOCS, StandardCharsets.UTF_8));
        assertThat(tables.keySet()).as("the types with a table in %s", DOCS)
                .containsExactlyInAnyOrderElementsOf(
                        Formats.ALL.stream().map(SchemaGenerator::name).collect(Collectors.toList()));
        for (ObjectFormat<?, ?> format : Formats.ALL) {
            String type = SchemaGenerator.name(format);
            List<String[]> rows = tables.get(type);
            assertThat(rows.stream().map(row -> row[0]).collect(Collectors.toList()))
                    .as("the properties of %s in %s", type, DOCS)
                    .containsExactlyElementsOf(format.properties().stream().map(p -> "`" + p.name + "`")
                            .collect(Collectors.toList()));
            for (int i = 0; i < rows.size(); i++) {
                Property<?, ?> property = format.properties().get(i);
                assertThat(rows.get(i)[1]).as("the type of %s.%s in %s", type, property.name, DOCS)
                        .isEqualTo(documentedType(format, property));
                assertThat(rows.get(i)[2].equals("yes")).as("whether %s.%s is required in %s", type, property.name,
                        DOCS).isEqualTo(property.kind == Property.Kind.REQUIRED);
            }
        }
    }

    @Test
    void theCodesTableListsEveryCodeOfEveryCodeList() throws IOException {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        for (String[] row : tables(Files.readString(DOCS, StandardCharsets.UTF_8), "## Codes", "| Code list |")
                .getOrDefault("", List.of())) {
            List<String> codes = new ArrayList<>();
            Matcher code = Pattern.compile("`([^`]+)`").matcher(row[1]);
            while (code.find()) {
                codes.add(code.group(1));
            }
            documented.put(row[0], codes);
        }
        Map<String, List<String>> model = new LinkedHashMap<>();
        for (OutreachFormat<?> format : OutreachFormat.all()) {
            if (format.type().isEnum() && Coded.class.isAssignableFrom(format.type())) {
                model.put(format.type().getSimpleName(), Arrays.stream(format.type().getEnumConstants())
                        .map(constant -> ((Coded) constant).code()).collect(Collectors.toList()));
            }
        }
        assertThat(model).as("the code lists of the format").isNotEmpty();
        assertThat(documented).as("the ## Codes table of %s", DOCS).isEqualTo(model);
    }

    @Test
    void theProvinceListIsTheModels() throws IOException {
        String markdown = Files.readString(DOCS, StandardCharsets.UTF_8);
        int start = markdown.indexOf("### Provinces of Indonesia");
        String list = markdown.substring(start, markdown.indexOf("\n## ", start)).replace('\n', ' ');
        List<String> documented = new ArrayList<>();
        Matcher province = Pattern.compile("`(ID-[A-Z]{2})` ([^`,.]+)").matcher(list);
        while (province.find()) {
            documented.add(province.group(1) + " " + province.group(2).trim());
        }
        assertThat(documented).as("the provinces of %s", DOCS).containsExactlyElementsOf(
                Subdivision.provincesOfIndonesia().stream().map(p -> p.code() + " " + p.name().orElseThrow())
                        .collect(Collectors.toList()));
    }

    @Test
    void readsTheTablesOfTheTypesSection() {
        String text = "# Title\n\n## Codes\n\n### Provinces\n\n" + HEADER + "\n|--|--|--|--|\n| `x` | slug | yes | |\n\n"
                + "## Types\n\nIntro.\n\n### Speaker\n\nWho.\n\n" + HEADER + "\n|---|---|---|---|\n"
                + "| `person` | Person | yes | |\n| `role` | SpeakerRole | | a \\| b |\n\n### Note\n\nNo table.\n\n"
                + "## After\n\n### Quote\n\n" + HEADER + "\n| `text` | BilingualText | yes | |\n";
        Map<String, List<String[]>> tables = tables(text);
        assertThat(tables).containsOnlyKeys("Speaker");
        assertThat(tables.get("Speaker")).extracting(row -> String.join(";", row))
                .containsExactly("`person`;Person;yes;", "`role`;SpeakerRole;;a \\| b");
    }

    @Test
    void namesATypeAsTheTablesDo() {
        assertThat(documentedType(Formats.ORGANIZATION, Formats.ORGANIZATION.properties().get(5)))
                .isEqualTo("[subdivision] ≤ 100");
        assertThat(documentedType(Formats.PROGRAM, Formats.PROGRAM.properties().get(7)))
                .isEqualTo("[Episode] ≤ 10,000");
        assertThat(documentedType(Formats.EVENT, Formats.EVENT.properties().get(1)))
                .isEqualTo("BilingualText ≤ 300");
        assertThat(documentedType(Formats.BILINGUAL_TEXT, Formats.BILINGUAL_TEXT.properties().get(0)))
                .isEqualTo("language text ≤ 5000");
        assertThat(documentedType(Formats.PERSON, Formats.PERSON.properties().get(2))).isEqualTo("text ≤ 32");
        assertThat(documentedType(Formats.REACH_REPORT, Formats.REACH_REPORT.properties().get(2)))
                .isEqualTo("[Province] ≤ 38");
    }

    /** @return the Type column of the property as the docs write it */
    static String documentedType(ObjectFormat<?, ?> format, Property<?, ?> property) {
        SchemaGenerator.ValueRule rule = SchemaGenerator.ValueRule.of(format, property);
        String value = rule.child != null ? rule.def : SCALAR_NAMES.getOrDefault(rule.def, rule.type.getSimpleName());
        if (rule.maxLength > 0) {
            value += " ≤ " + rule.maxLength;
        }
        return property.kind == Property.Kind.LIST
                ? "[" + value + "] ≤ " + String.format(Locale.ROOT, "%,d", property.maxItems())
                : value;
    }

    /** The names of the docs' "Scalars" table, by the schema's definitions. */
    private static final Map<String, String> SCALAR_NAMES = Map.ofEntries(Map.entry("slug", "slug"),
            Map.entry("cleanText", "text"), Map.entry("cleanMultilineText", "multiline text"),
            Map.entry("positiveInteger", "whole number"), Map.entry("httpsUrl", "url"), Map.entry("moment", "moment"),
            Map.entry("languageTag", "language"), Map.entry("country", "country"),
            Map.entry("subdivision", "subdivision"), Map.entry("provinceEntry", "Province"),
            Map.entry("duration", "duration"),
            Map.entry("languageText", "language text"));

    /** @return the property tables of the sections under {@code ## Types}, by section title */
    static Map<String, List<String[]>> tables(String markdown) {
        Map<String, List<String[]>> tables = tables(markdown, "## Types", HEADER);
        tables.remove("");
        return tables;
    }

    /**
     * @return the tables whose header row starts with {@code header} in the section {@code heading},
     *         by the title of the {@code ###} section each stands in ({@code ""} before the first)
     */
    static Map<String, List<String[]>> tables(String markdown, String heading, String header) {
        Map<String, List<String[]>> tables = new LinkedHashMap<>();
        String section = null;
        List<String[]> rows = null;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("## ")) {
                section = line.equals(heading) ? "" : null;
                rows = null;
            } else if (section != null && line.startsWith("### ")) {
                section = line.substring(4).trim();
                rows = null;
            } else if (section != null && line.startsWith(header)) {
                rows = new ArrayList<>();
                tables.put(section, rows);
            } else if (rows != null && line.startsWith("|")) {
                if (!line.startsWith("|-")) {
                    rows.add(cells(line));
                }
            } else {
                rows = null;
            }
        }
        return tables;
    }

    /** @return the cells of a table row, trimmed; {@code \|} stays inside its cell */
    private static String[] cells(String line) {
        String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("(?<!\\\\)\\|", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim();
        }
        return cells;
    }
}
