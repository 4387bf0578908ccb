package org.apphostftp.configapi;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ElementSchema;

/**
 * What stands behind a {@link ConfigurationElement}: an element of the configuration (with its inheritance chain),
 * a runtime element or item filled by a provider, or a method's input or output. The public classes hold the rules
 * common to all (schema lookups, read-only checks, errors); a node only knows where its values come from.
 */
abstract class Node {

    final Configuration configuration;
    final ElementSchema schema;
    final String name;

    Node(Configuration configuration, ElementSchema schema, String name) {
        this.configuration = configuration;
        this.schema = schema;
        this.name = name;
    }

    abstract ElementPath path();

    /** The path in the schema (no keys), by which runtime providers are registered. */
    abstract String schemaPath();

    /** Whether the runtime parts of the schema exist here: not under siteDefaults, not in a method's input. */
    abstract boolean hasRuntime();

    /** True when no attribute can be set (runtime data, a method's output). */
    abstract boolean readOnly();

    /** The typed value of an attribute (null when there is none). */
    abstract Object value(AttributeSchema attribute);

    /** True when the value is the schema default because no level writes the attribute. */
    abstract boolean fromDefault(AttributeSchema attribute);

    /** Writes the attribute at this element's own level; {@code text} is already checked. */
    abstract void write(String attributeName, String text);

    /** Removes the attribute from this element's own level. */
    abstract void delete(String attributeName);

    /** A child element, a defaults element (siteDefaults) or a runtime child. */
    abstract Node child(String childName, SchemaNavigator.StepKind kind);

    /** The items of this element's collection, as they are now. */
    abstract List<Node> items();

    /**
     * The items that may have {@code value} in the string attribute {@code a} (compared without regard to case), a
     * subset of {@link #items()} in its order; callers test each one. All items unless an index answers quicker.
     */
    List<Node> itemsWithValue(AttributeSchema a, String value) {
        return items();
    }

    /** Written attributes that the schema does not know (kept from IIS files), most specific value, in file order. */
    Map<String, String> unrecognizedAttributes() {
        return Map.of();
    }

    /** Written child elements that the schema does not know, as written. */
    List<DraftElement> unrecognizedChildren() {
        return List.of();
    }

    /** The most specific written element behind this node, whose child order a rendering follows; null if none. */
    DraftElement writtenElement() {
        return null;
    }

    /** The runtime attribute values of this element, read now from its provider. */
    RuntimeValues runtimeValues() {
        if (!hasRuntime()) {
            return RuntimeValues.EMPTY;
        }
        return configuration.providers().attributes(schemaPath()).map(p -> p.read(path())).orElse(RuntimeValues.EMPTY);
    }

    /** The items of a runtime collection held by this element, read now from its provider. */
    List<Node> runtimeItems() {
        CollectionSchema collection = schema.collection().orElseThrow();
        if (!hasRuntime()) {
            return List.of();
        }
        List<? extends RuntimeValues> values = configuration.providers().collection(schemaPath())
                .map(p -> p.items(path())).orElse(List.of());
        List<? extends RuntimeValues> snapshot = List.copyOf(values);
        String itemSchemaPath = schemaPath() + "/" + collection.addElement();
        Node holder = this;
        return new AbstractList<>() { // items are wrapped when asked for: listing thousands costs no more than needed
            @Override
            public Node get(int index) {
                return new RuntimeItemNode(configuration, collection.itemSchema(), collection.addElement(), holder,
                        itemSchemaPath, snapshot.get(index));
            }

            @Override
            public int size() {
                return snapshot.size();
            }
        };
    }

    /** The attributes that identify a collection item: its first unique key, else all its combined keys, as text. */
    static Map<String, String> identifyingKeys(ElementSchema itemSchema, Function<AttributeSchema, Object> typedValue) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (AttributeSchema a : itemSchema.keyAttributes()) {
            if (a.uniqueKey()) {
                keys.clear();
                keys.put(a.name(), text(a, typedValue.apply(a)));
                return keys;
            }
            keys.put(a.name(), text(a, typedValue.apply(a)));
        }
        return keys;
    }

    private static String text(AttributeSchema a, Object value) {
        return value == null ? "" : AttributeValues.format(a, value);
    }
}
