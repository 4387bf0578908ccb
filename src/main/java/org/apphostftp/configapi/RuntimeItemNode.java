package org.apphostftp.configapi;

import java.util.List;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.ElementSchema;

/** One item of a runtime collection (a live session), holding the values its provider returned for this read. */
final class RuntimeItemNode extends Node {

    private final Node holder;
    private final String schemaPath;
    private final RuntimeValues values;

    RuntimeItemNode(Configuration configuration, ElementSchema schema, String name, Node holder, String schemaPath,
                    RuntimeValues values) {
        super(configuration, schema, name);
        this.holder = holder;
        this.schemaPath = schemaPath;
        this.values = values;
    }

    @Override
    ElementPath path() {
        return holder.path().item(name, identifyingKeys(schema, a -> Values.normalize(a, values.get(a.name()), holder)));
    }

    @Override
    String schemaPath() {
        return schemaPath;
    }

    @Override
    boolean hasRuntime() {
        return true;
    }

    @Override
    boolean readOnly() {
        return true;
    }

    @Override
    RuntimeValues runtimeValues() {
        return values;
    }

    @Override
    Object value(AttributeSchema attribute) {
        return Values.normalize(attribute, values.get(attribute.name()), holder);
    }

    /** {@link #value(AttributeSchema)}, asking the provider by {@code name}: the attribute's name, interned. */
    Object value(AttributeSchema attribute, String name) {
        return Values.normalize(attribute, values.get(name), holder);
    }

    @Override
    boolean fromDefault(AttributeSchema attribute) {
        return false;
    }

    @Override
    void write(String attributeName, String text) {
        throw new IllegalStateException("runtime items are read-only");
    }

    @Override
    void delete(String attributeName) {
        throw new IllegalStateException("runtime items are read-only");
    }

    @Override
    Node child(String childName, SchemaNavigator.StepKind kind) {
        return new RuntimeNode(configuration, SchemaNavigator.next(schema, childName, kind), childName, this);
    }

    @Override
    List<Node> items() {
        return runtimeItems();
    }
}
