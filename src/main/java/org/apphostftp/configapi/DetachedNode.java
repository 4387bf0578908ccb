package org.apphostftp.configapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.ElementSchema;

/** The input (written by the caller) or output (returned by the provider) of a method call; never part of a file. */
final class DetachedNode extends Node {

    private final ElementPath path;
    private final Map<String, String> input;
    private final RuntimeValues output;

    private DetachedNode(Configuration configuration, ElementSchema schema, ElementPath path, Map<String, String> input,
                         RuntimeValues output) {
        super(configuration, schema, schema.name());
        this.path = path;
        this.input = input;
        this.output = output;
    }

    static DetachedNode input(Configuration configuration, ElementSchema schema, ElementPath path) {
        return new DetachedNode(configuration, schema, path, new LinkedHashMap<>(), null);
    }

    static DetachedNode output(Configuration configuration, ElementSchema schema, ElementPath path, RuntimeValues values) {
        return new DetachedNode(configuration, schema, path, null, values);
    }

    /** The caller's input as typed values, for the provider. */
    RuntimeValues typedInput() {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (AttributeSchema a : schema.attributes().values()) {
            Object v = value(a);
            if (v != null) {
                typed.put(a.name(), v);
            }
        }
        return RuntimeValues.of(typed);
    }

    @Override
    ElementPath path() {
        return path;
    }

    @Override
    String schemaPath() {
        return path.schemaPath();
    }

    @Override
    boolean hasRuntime() {
        return true; // every attribute the method's schema declares is shown
    }

    @Override
    boolean readOnly() {
        return input == null;
    }

    @Override
    Object value(AttributeSchema attribute) {
        if (input == null) {
            return Values.normalize(attribute, output.get(attribute.name()), this);
        }
        String text = input.get(attribute.name());
        return text != null ? AttributeValues.parse(attribute, text) : attribute.typedDefault();
    }

    @Override
    boolean fromDefault(AttributeSchema attribute) {
        return input != null && !input.containsKey(attribute.name());
    }

    @Override
    void write(String attributeName, String text) {
        input.put(attributeName, text);
    }

    @Override
    void delete(String attributeName) {
        input.remove(attributeName);
    }

    @Override
    Node child(String childName, SchemaNavigator.StepKind kind) {
        throw new IllegalStateException("method input and output have no child elements");
    }

    @Override
    List<Node> items() {
        return List.of();
    }
}
