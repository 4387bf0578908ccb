package org.apphostftp.config;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apphostftp.config.effective.IisEnum;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.schema.InvalidValueException;
import org.apphostftp.config.xml.XmlAttribute;
import org.apphostftp.config.xml.XmlElement;

/**
 * An element seen through its inheritance chain: the schema default, then each written element from the least
 * to the most specific (for example siteDefaults/ftpServer then site/ftpServer, or the global system.ftpServer
 * section then {@code <location path="Site">}). Defaults are applied here; the inheritance rules live in
 * {@link Inheritance}, shared with the config API.
 */
public final class ResolvedElement {

    private final ElementSchema schema;
    private final List<XmlElement> chain;

    /** @param chain written elements, least specific first; may be empty (everything then comes from defaults) */
    public ResolvedElement(ElementSchema schema, List<XmlElement> chain) {
        this.schema = schema;
        this.chain = List.copyOf(chain);
    }

    public ElementSchema schema() {
        return schema;
    }

    /** The written elements behind this view, least specific first. */
    public List<XmlElement> chain() {
        return chain;
    }

    /** The most specific written element, if any. */
    public Optional<XmlElement> element() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
    }

    /** The attribute as written in the most specific element that sets it. */
    public Optional<XmlAttribute> written(String attribute) {
        attributeSchema(attribute);
        return Inheritance.writer(chain, attribute).flatMap(e -> e.attribute(attribute));
    }

    /** The typed value (see {@link AttributeValues}): the most specific written value, else the schema default, else null. */
    public Object value(String attribute) {
        AttributeSchema a = attributeSchema(attribute);
        Optional<XmlAttribute> written = written(attribute);
        return written.isPresent() ? AttributeValues.parse(a, written.get().value()) : a.typedDefault();
    }

    /** Where the value comes from: the written attribute's location, or empty for a schema default. */
    public Optional<Location> origin(String attribute) {
        return written(attribute).map(XmlAttribute::location);
    }

    public String string(String attribute) {
        Object v = value(attribute);
        return v == null ? "" : (String) v;
    }

    /** A string attribute that is absent (or empty) in the whole chain and has no default. */
    public Optional<String> optionalString(String attribute) {
        String v = string(attribute);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public boolean bool(String attribute) {
        return (Boolean) required(attribute);
    }

    public int integer(String attribute) {
        return ((Number) required(attribute)).intValue();
    }

    public long longValue(String attribute) {
        return ((Number) required(attribute)).longValue();
    }

    public Duration seconds(String attribute) {
        return Duration.ofSeconds(longValue(attribute));
    }

    public Duration timeSpan(String attribute) {
        return (Duration) required(attribute);
    }

    public <E extends Enum<E> & IisEnum> E enumValue(String attribute, Class<E> type) {
        return IisEnum.fromName(type, (String) required(attribute));
    }

    public <E extends Enum<E> & IisEnum> Set<E> flags(String attribute, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String name : AttributeValues.flagList((String) required(attribute))) {
            set.add(IisEnum.fromName(type, name));
        }
        return set;
    }

    private Object required(String attribute) {
        Object v = value(attribute);
        if (v == null) {
            throw new InvalidValueException("attribute " + attribute + " of <" + schema.name() + "> has no value and no default");
        }
        return v;
    }

    /** The child element seen through the same chain. */
    public ResolvedElement child(String name) {
        ElementSchema childSchema = schema.child(name)
                .orElseThrow(() -> new IllegalArgumentException("<" + schema.name() + "> has no child <" + name + "> in the schema"));
        return new ResolvedElement(childSchema, Inheritance.childChain(chain, name));
    }

    /**
     * The items of this element's collection after applying every level's add, remove and clear in order. Each item
     * inherits from the collection's defaultElement (siteDefaults for sites) written at any level.
     */
    public List<ResolvedElement> items() {
        CollectionSchema collection = schema.collection()
                .orElseThrow(() -> new IllegalArgumentException("<" + schema.name() + "> has no collection in the schema"));
        return Inheritance.items(collection, chain).stream()
                .map(item -> new ResolvedElement(collection.itemSchema(), item.chain())).toList();
    }

    /** The identity of a collection item: its key attributes' values (case-insensitive, as IIS compares them). */
    public static String key(ElementSchema itemSchema, XmlElement item) {
        return Inheritance.key(itemSchema, item);
    }

    private AttributeSchema attributeSchema(String attribute) {
        return schema.attribute(attribute)
                .orElseThrow(() -> new IllegalArgumentException("<" + schema.name() + "> has no attribute '" + attribute + "' in the schema"));
    }
}
