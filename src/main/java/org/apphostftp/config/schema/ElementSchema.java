package org.apphostftp.config.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of the schema: its attributes, child elements, an optional collection and its methods.
 * Immutable once the schema is read.
 */
public final class ElementSchema {

    private final String name;
    private final Map<String, AttributeSchema> attributes;
    private final Map<String, ElementSchema> children;
    private final CollectionSchema collection;
    private final Map<String, MethodSchema> methods;
    private final boolean runtime;
    private final boolean allowUnrecognizedAttributes;
    private final boolean allowUnrecognizedElements;
    private final String description;

    ElementSchema(String name, List<AttributeSchema> attributes, List<ElementSchema> children,
                  CollectionSchema collection, List<MethodSchema> methods, boolean runtime,
                  boolean allowUnrecognizedAttributes, boolean allowUnrecognizedElements, String description) {
        this.name = name;
        this.attributes = index(attributes, AttributeSchema::name);
        this.children = index(children, ElementSchema::name);
        this.collection = collection;
        this.methods = index(methods, MethodSchema::name);
        this.runtime = runtime;
        this.allowUnrecognizedAttributes = allowUnrecognizedAttributes;
        this.allowUnrecognizedElements = allowUnrecognizedElements;
        this.description = description == null ? "" : description;
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate schema name: " + key.apply(item));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    public String name() {
        return name;
    }

    /** Attributes in schema order. */
    public Map<String, AttributeSchema> attributes() {
        return attributes;
    }

    public Optional<AttributeSchema> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    /** Child elements in schema order. */
    public Map<String, ElementSchema> children() {
        return children;
    }

    public Optional<ElementSchema> child(String childName) {
        return Optional.ofNullable(children.get(childName));
    }

    public Optional<CollectionSchema> collection() {
        return Optional.ofNullable(collection);
    }

    public Map<String, MethodSchema> methods() {
        return methods;
    }

    /** Finds a method ignoring case, as IIS tools do. */
    public Optional<MethodSchema> method(String methodName) {
        return methods.values().stream().filter(m -> m.name().equalsIgnoreCase(methodName)).findFirst();
    }

    /** True when the running server fills this element; it never appears in a file. */
    public boolean runtime() {
        return runtime;
    }

    public boolean allowUnrecognizedAttributes() {
        return allowUnrecognizedAttributes;
    }

    public boolean allowUnrecognizedElements() {
        return allowUnrecognizedElements;
    }

    public String description() {
        return description;
    }

    /** The key attributes of this element when it is a collection item, in schema order. */
    public List<AttributeSchema> keyAttributes() {
        return attributes.values().stream().filter(AttributeSchema::isKey).toList();
    }

    @Override
    public String toString() {
        return "ElementSchema[" + name + "]";
    }
}
