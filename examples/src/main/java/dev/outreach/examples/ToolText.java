package dev.outreach.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The tool's own lines ("no such file", "OK, a valid Dossier") in English or Indonesian. The
 * model's messages come from the model itself ({@code Violation.message(Locale)}); these are only
 * what the tool adds around them. Plain resource loading, so the JVM's default locale never
 * decides the language: only {@code --lang} does.
 */
final class ToolText {

    private static final Properties ENGLISH = load("OutreachTool.properties", null);
    private static final Properties INDONESIAN = load("OutreachTool_id.properties", ENGLISH);

    private final Properties texts;

    private ToolText(Properties texts) {
        this.texts = texts;
    }

    static ToolText of(Language language) {
        return new ToolText(language == Language.ID ? INDONESIAN : ENGLISH);
    }

    /**
     * @param key        the key in {@code OutreachTool.properties}
     * @param parameters the values of the {@code {name}} placeholders
     * @return the text with its placeholders filled
     */
    String format(String key, Map<String, ?> parameters) {
        String template = texts.getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no text for " + key);
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            Object value = parameters.get(template.substring(open + 1, close));
            out.append(template, i, open).append(value != null ? value : template.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }

    String format(String key) {
        return format(key, Map.of());
    }

    private static Properties load(String name, Properties defaults) {
        Properties properties = new Properties(defaults);
        try (InputStream in = ToolText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
