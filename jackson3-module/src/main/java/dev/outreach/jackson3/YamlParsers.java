package dev.outreach.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * What the reader asks of a YAML parser. Jackson's YAML module is an optional dependency: its
 * classes are touched only once {@link #isYaml(JsonParser)} has found a YAML parser.
 */
final class YamlParsers {

    private static final String YAML_PARSER = "tools.jackson.dataformat.yaml.YAMLParser";

    private YamlParsers() {
    }

    /** @return whether the parser is Jackson's YAML parser (or made from it) */
    static boolean isYaml(JsonParser parser) {
        for (Class<?> c = parser.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(YAML_PARSER)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the current token of a YAML parser is an alias ({@code *name}) */
    static boolean isAlias(JsonParser parser) {
        return ((YAMLParser) parser).isCurrentAlias();
    }
}
