package org.apphostftp.configapi;

import org.apphostftp.config.schema.AttributeSchema;

/**
 * An attribute of an element as read: its typed value, the schema's default and whether the value is that default
 * because nothing writes the attribute (in the element, in siteDefaults or at a less specific location).
 */
public final class ConfigurationAttribute {

    private final String name;
    private final Object value;
    private final boolean inheritedFromDefaultValue;
    private final AttributeSchema schema;

    ConfigurationAttribute(String name, Object value, boolean inheritedFromDefaultValue, AttributeSchema schema) {
        this.name = name;
        this.value = value;
        this.inheritedFromDefaultValue = inheritedFromDefaultValue;
        this.schema = schema;
    }

    public String getName() {
        return name;
    }

    /** The typed value (see {@link ConfigurationElement#getAttributeValue(String)}), or null when there is none. */
    public Object getValue() {
        return value;
    }

    /** The schema's default as a typed value, or null when the schema gives none. */
    public Object getDefaultValue() {
        return schema == null ? null : schema.typedDefault();
    }

    /** True when no level writes the attribute and the value is the schema default. Runtime values never are. */
    public boolean isInheritedFromDefaultValue() {
        return inheritedFromDefaultValue;
    }

    /** True when the running server fills the value; it can be read but never set. */
    public boolean isRuntime() {
        return schema != null && schema.runtime();
    }

    /**
     * The attribute's schema: type, default, enum values, key, runtime. Null for an attribute the schema does not
     * know but the element keeps (parts of an IIS file that are not FTP's, such as a site's applicationPool).
     */
    public AttributeSchema getSchema() {
        return schema;
    }

    @Override
    public String toString() {
        return name + "=" + value + (inheritedFromDefaultValue ? " (default)" : "");
    }
}
