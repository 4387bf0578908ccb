package org.apphostftp.config.schema;

import java.util.List;
import java.util.Objects;

/**
 * One attribute of an element, as the schema declares it.
 *
 * @param defaultValue the default as written in the schema (raw text), or null when there is none
 * @param values       enum or flag values in schema order, empty for other types
 */
public record AttributeSchema(
        String name,
        ValueType type,
        String defaultValue,
        boolean required,
        boolean uniqueKey,
        boolean combinedKey,
        boolean expanded,
        boolean encrypted,
        boolean runtime,
        Validation validation,
        List<NamedValue> values,
        String description) {

    public AttributeSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        description = description == null ? "" : description;
    }

    /** Whether this attribute is (part of) the key of its collection item. */
    public boolean isKey() {
        return uniqueKey || combinedKey;
    }

    /** The schema default converted to its typed value, or null when the schema gives none. */
    public Object typedDefault() {
        return defaultValue == null ? null : AttributeValues.parse(this, defaultValue);
    }
}
