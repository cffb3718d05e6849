package dev.outreach.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/** A YAML alias ({@code *name}) where the reader expects a value; reported as a violation. */
final class YamlAliasException extends JsonParseException {

    private static final long serialVersionUID = 1L;

    YamlAliasException(JsonParser parser) {
        super(parser, "YAML aliases are not supported");
    }
}
