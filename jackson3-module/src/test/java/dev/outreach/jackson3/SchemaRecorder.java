package dev.outreach.jackson3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsonFormatVisitors.JsonAnyFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonArrayFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatTypes;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitable;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonIntegerFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonStringFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonValueFormat;

/**
 * A schema visitor written by hand, as a schema generator is: records what a serializer tells
 * it as a plain tree ({@code {"type": "object", "properties": ..., "required": [...]}}), asking
 * each property's handler for its own description. A declining recorder records each kind but
 * takes no details of any but the top object (its {@code expect...} methods give null), as a
 * visitor that wants less does. A type hint that does not fit the kind (a list's type for a
 * string, an entry's for an array) is recorded as {@code "wrongHint"}.
 */
final class SchemaRecorder extends JsonFormatVisitorWrapper.Base {

    private final Map<String, Object> node;
    private final boolean declining;
    private final boolean top;

    SchemaRecorder(SerializationContext provider, Map<String, Object> node, boolean declining) {
        this(provider, node, declining, true);
    }

    private SchemaRecorder(SerializationContext provider, Map<String, Object> node, boolean declining, boolean top) {
        super(provider);
        this.node = node;
        this.declining = declining;
        this.top = top;
    }

    private void checkHint(JavaType type, boolean collection) {
        if (type != null && type.isCollectionLikeType() != collection) {
            node.put("wrongHint", type.toString());
        }
    }

    private SchemaRecorder child(Map<String, Object> child) {
        return new SchemaRecorder(getContext(), child, declining, false);
    }

    @Override
    public JsonObjectFormatVisitor expectObjectFormat(JavaType type) {
        node.put("type", "object");
        checkHint(type, false);
        if (declining && !top) {
            return null;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        node.put("properties", properties);
        node.put("required", required);
        return new JsonObjectFormatVisitor.Base(getContext()) {
            @Override
            public void property(BeanProperty writer) {
                required.add(writer.getName());
                optionalProperty(writer);
            }

            @Override
            public void optionalProperty(BeanProperty writer) {
                Map<String, Object> child = new LinkedHashMap<>();
                properties.put(writer.getName(), child);
                getContext().findValueSerializer(writer.getType())
                        .acceptJsonFormatVisitor(child(child), writer.getType());
            }

            @Override
            public void property(String name, JsonFormatVisitable handler, JavaType hint) {
                required.add(name);
                optionalProperty(name, handler, hint);
            }

            @Override
            public void optionalProperty(String name, JsonFormatVisitable handler, JavaType hint) {
                Map<String, Object> child = new LinkedHashMap<>();
                properties.put(name, child);
                handler.acceptJsonFormatVisitor(child(child), hint);
            }
        };
    }

    @Override
    public JsonArrayFormatVisitor expectArrayFormat(JavaType type) {
        node.put("type", "array");
        checkHint(type, true);
        if (declining) {
            return null;
        }
        return new JsonArrayFormatVisitor.Base(getContext()) {
            @Override
            public void itemsFormat(JsonFormatVisitable handler, JavaType elementType) {
                Map<String, Object> items = new LinkedHashMap<>();
                node.put("items", items);
                handler.acceptJsonFormatVisitor(child(items), elementType);
            }

            @Override
            public void itemsFormat(JsonFormatTypes format) {
                node.put("items", Map.of("type", format.value()));
            }
        };
    }

    @Override
    public JsonStringFormatVisitor expectStringFormat(JavaType type) {
        node.put("type", "string");
        checkHint(type, false);
        if (declining) {
            return null;
        }
        return new JsonStringFormatVisitor.Base() {
            @Override
            public void format(JsonValueFormat format) {
                node.put("format", format.toString());
            }

            @Override
            public void enumTypes(Set<String> enums) {
                node.put("enum", new ArrayList<>(enums));
            }
        };
    }

    @Override
    public JsonIntegerFormatVisitor expectIntegerFormat(JavaType type) {
        node.put("type", "integer");
        checkHint(type, false);
        if (declining) {
            return null;
        }
        return new JsonIntegerFormatVisitor.Base() {
            @Override
            public void numberType(JsonParser.NumberType numberType) {
                node.put("numberType", numberType.toString());
            }
        };
    }

    @Override
    public JsonAnyFormatVisitor expectAnyFormat(JavaType type) {
        node.put("type", "any");
        return null;
    }
}
