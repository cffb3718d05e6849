package dev.outreach.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Looks up message texts in {@code ContributorValidationMessages} and fills in a rule's
 * parameters. Plain resource loading, so it works the same on the class path and the module
 * path; parameters are inserted as text, never evaluated.
 */
final class Messages {

    private static final Properties ENGLISH = load("/ContributorValidationMessages.properties", null);
    private static final Properties INDONESIAN = load("/ContributorValidationMessages_id.properties", ENGLISH);

    private Messages() {
    }

    static String format(String key, Map<String, ?> parameters, Locale locale) {
        Properties bundle = isIndonesian(locale) ? INDONESIAN : ENGLISH;
        String template = bundle.getProperty(key);
        if (template == null) {
            return key;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                Object value = parameters.get(name);
                out.append(value != null ? value : template.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static boolean isIndonesian(Locale locale) {
        String language = locale.getLanguage();
        return "id".equals(language) || "in".equals(language);
    }

    private static Properties load(String resource, Properties defaults) {
        Properties properties = new Properties(defaults);
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
