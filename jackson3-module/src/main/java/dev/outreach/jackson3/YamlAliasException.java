package dev.outreach.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;

/** A YAML alias ({@code *name}) where the reader expects a value; reported as a violation. */
final class YamlAliasException extends StreamReadException {

    private static final long serialVersionUID = 1L;

    YamlAliasException(JsonParser parser) {
        super(parser, "YAML aliases are not supported");
    }
}
