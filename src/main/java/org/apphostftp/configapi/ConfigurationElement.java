package org.apphostftp.configapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.Suggestions;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.ElementSchema;

/**
 * An element of the configuration: a section, a child element, a collection item, a runtime element such as a live
 * session, or a method's input or output. Values are the effective ones: the element's own attributes, else what it
 * inherits (siteDefaults, a less specific location), else the schema default. Changes are kept until
 * {@link ServerManager#commitChanges()} and are visible to every later read through the same {@link Configuration}.
 *
 * <p>Typed values: string → String; bool → Boolean; int → Integer; uint and int64 → Long; enum → its name
 * ({@code "SslAllow"}); flags → names joined by {@code ", "} ({@code "StyleUnix, LongDate"}); timeSpan → Duration.
 *
 * <p>Not thread-safe: use one {@link ServerManager} per thread.
 */
public class ConfigurationElement {

    final Node node;

    ConfigurationElement(Node node) {
        this.node = node;
    }

    /** The element name as written in the file ({@code site}, {@code siteDefaults}, {@code session}). */
    public String getElementTagName() {
        return node.name;
    }

    /** Where the element is: section, location and the keys of the collection items on the way. */
    public ElementPath getPath() {
        return node.path();
    }

    /** The element's schema: attributes, child elements, collection and methods. */
    public ElementSchema getSchema() {
        return node.schema;
    }

    // ------------------------------------------------------------------------------------------ attributes

    /** The typed effective value of an attribute (null when it has none); runtime attributes are read now. */
    public Object getAttributeValue(String name) {
        Optional<AttributeSchema> a = attributeSchema(name);
        if (a.isEmpty()) {
            return node.unrecognizedAttributes().get(name);
        }
        return node.value(a.get());
    }

    /**
     * Sets an attribute at this element's own level (the site, or the section at this location), writing the element
     * and its ancestors when they are not in the file yet. {@code value} is a typed value or text; enums and flags also
     * take numbers.
     *
     * @throws ReadOnlyConfigurationException   for a runtime attribute or an attribute of a runtime element
     * @throws IllegalArgumentException         when the value does not fit the attribute's type
     * @throws ConfigurationNotFoundException   when the schema has no such attribute
     */
    public void setAttributeValue(String name, Object value) {
        Optional<AttributeSchema> a = attributeSchema(name);
        checkWritable(name, a);
        String where = "<" + node.name + "> " + node.path();
        node.write(name, a.isPresent() ? Values.toText(a.get(), value, where) : String.valueOf(value));
    }

    /** Removes the attribute from this element's own level: the value is inherited again. */
    public void deleteAttribute(String name) {
        Optional<AttributeSchema> a = attributeSchema(name);
        checkWritable(name, a);
        node.delete(name);
    }

    private void checkWritable(String name, Optional<AttributeSchema> a) {
        node.configuration.checkWritable(node.path());
        if (node.readOnly() || a.filter(AttributeSchema::runtime).isPresent()) {
            throw node.configuration.refuseWrite(node.path(), "attribute '" + name + "' of " + node.path()
                    + " is runtime data of the running server: it can be read but not changed");
        }
    }

    /** The attribute with its schema, default and whether it is inherited from the default. */
    public ConfigurationAttribute getAttribute(String name) {
        Optional<AttributeSchema> a = attributeSchema(name);
        if (a.isEmpty()) {
            return new ConfigurationAttribute(name, node.unrecognizedAttributes().get(name), false, null);
        }
        return new ConfigurationAttribute(name, node.value(a.get()), node.fromDefault(a.get()), a.get());
    }

    /** Every attribute of the schema (runtime ones only where they exist), then written attributes the schema does not know. */
    public List<ConfigurationAttribute> getAttributes() {
        List<ConfigurationAttribute> out = new ArrayList<>();
        for (AttributeSchema a : node.schema.attributes().values()) {
            if (visible(a)) {
                out.add(new ConfigurationAttribute(a.name(), node.value(a), node.fromDefault(a), a));
            }
        }
        for (Map.Entry<String, String> u : node.unrecognizedAttributes().entrySet()) {
            out.add(new ConfigurationAttribute(u.getKey(), u.getValue(), false, null));
        }
        return out;
    }

    private boolean visible(AttributeSchema a) {
        return !a.runtime() || node.hasRuntime();
    }

    private Optional<AttributeSchema> attributeSchema(String name) {
        Optional<AttributeSchema> a = node.schema.attribute(name).filter(this::visible);
        if (a.isEmpty() && !node.schema.allowUnrecognizedAttributes()) {
            throw new ConfigurationNotFoundException(node.path().toString(), "<" + node.name + "> has no attribute '" + name + "'"
                    + Suggestions.didYouMean(name, node.schema.attributes().values().stream().filter(this::visible)
                    .map(AttributeSchema::name).toList()) + " (at " + node.path() + ")");
        }
        return a;
    }

    // ------------------------------------------------------------------------------------------ children

    /** A child element ({@code ftpServer}, {@code sessions}) or the collection's defaults element ({@code siteDefaults}). */
    public ConfigurationElement getChildElement(String name) {
        Optional<SchemaNavigator.StepKind> kind = SchemaNavigator.step(node.schema, name)
                .filter(k -> k != SchemaNavigator.StepKind.ITEM);
        if (kind.isEmpty() || (kind.get() == SchemaNavigator.StepKind.CHILD && !visibleChild(name))) {
            String hint = kind.isEmpty() && node.schema.collection().filter(c -> c.addElement().equals(name)).isPresent()
                    ? " ('" + name + "' is an item of its collection: use getCollection())" : "";
            throw new ConfigurationNotFoundException(node.path().toString(), "<" + node.name + "> has no child element '" + name
                    + "'" + (hint.isEmpty() ? Suggestions.didYouMean(name, childNames()) : hint) + " (at " + node.path() + ")");
        }
        return new ConfigurationElement(node.child(name, kind.get()));
    }

    /** The child elements of the schema, then the defaults element of the collection (siteDefaults), if any. */
    public List<ConfigurationElement> getChildElements() {
        return childNames().stream().map(this::getChildElement).toList();
    }

    private boolean visibleChild(String name) {
        return node.schema.child(name).map(c -> !c.runtime() || node.hasRuntime()).orElse(false);
    }

    private List<String> childNames() {
        List<String> names = new ArrayList<>();
        for (String child : node.schema.children().keySet()) {
            if (visibleChild(child)) {
                names.add(child);
            }
        }
        node.schema.collection().flatMap(c -> c.defaults()).ifPresent(names::add);
        return names;
    }

    /** This element's collection (sites, bindings, authorization rules, live sessions). */
    public ConfigurationElementCollection getCollection() {
        if (node.schema.collection().isEmpty()) {
            throw new ConfigurationNotFoundException(node.path().toString(), "<" + node.name + "> has no collection (at "
                    + node.path() + ")");
        }
        return new ConfigurationElementCollection(node);
    }

    /** The collection of the child element {@code childName}. */
    public ConfigurationElementCollection getCollection(String childName) {
        return getChildElement(childName).getCollection();
    }

    /** The element's methods (Start, Stop, Terminate, ...); names match without regard to case. */
    public ConfigurationMethodCollection getMethods() {
        return new ConfigurationMethodCollection(node);
    }

    @Override
    public String toString() {
        return "<" + node.name + "> " + node.path();
    }
}
