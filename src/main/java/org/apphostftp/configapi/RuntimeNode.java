package org.apphostftp.configapi;

import java.util.List;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.ElementSchema;

/** An element that exists only at run time (a site's {@code sessions}): its values come from providers on each read. */
final class RuntimeNode extends Node {

    private final Node parent;

    RuntimeNode(Configuration configuration, ElementSchema schema, String name, Node parent) {
        super(configuration, schema, name);
        this.parent = parent;
    }

    @Override
    ElementPath path() {
        return parent.path().child(name);
    }

    @Override
    String schemaPath() {
        return parent.schemaPath() + "/" + name;
    }

    @Override
    boolean hasRuntime() {
        return parent.hasRuntime();
    }

    @Override
    boolean readOnly() {
        return true;
    }

    @Override
    Object value(AttributeSchema attribute) {
        return Values.normalize(attribute, runtimeValues().get(attribute.name()), this);
    }

    @Override
    boolean fromDefault(AttributeSchema attribute) {
        return false;
    }

    @Override
    void write(String attributeName, String text) {
        throw new IllegalStateException("runtime elements are read-only");
    }

    @Override
    void delete(String attributeName) {
        throw new IllegalStateException("runtime elements are read-only");
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
