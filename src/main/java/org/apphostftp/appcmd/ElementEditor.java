package org.apphostftp.appcmd;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.configapi.ConfigurationApiException;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationElementCollection;

/**
 * Applies appcmd parameters to an element of the config API (a section, a site, an application, a virtual directory):
 * dotted paths set attributes of child elements, {@code [k='v']} picks a collection item, {@code +[...]} adds one,
 * {@code -[...]} removes one. Names match the schema without regard to case, as in appcmd.
 */
final class ElementEditor {

    private ElementEditor() {
    }

    /** Applies one parameter below {@code base}. */
    static void apply(ConfigurationElement base, Parameter p) {
        List<Segment> path = p.path();
        ConfigurationElement at = walk(base, path.subList(0, path.size() - 1));
        Segment last = path.get(path.size() - 1);
        switch (p.op()) {
            case ADD -> add(at, selector(last, p), p);
            case REMOVE -> remove(at, selector(last, p));
            case SET -> {
                if (last instanceof Segment.Selector s) {
                    throw new AppcmdException("Cannot set a collection element '" + s + "' without an attribute: use "
                            + "/+" + s + " to add it or /" + s + ".ATTRIBUTE:VALUE to change it");
                }
                String value = p.value().orElseThrow(() -> new AppcmdException("Missing value for '" + p.raw()
                        + "'; write /" + p.dottedName() + ":VALUE"));
                set(at, ((Segment.Name) last).name(), value);
            }
        }
    }

    /** Sets {@code name} (any case) on {@code element}; an empty value on a string that is not set yet still writes it. */
    static void set(ConfigurationElement element, String name, String value) {
        String real = attributeName(element, name);
        try {
            element.setAttributeValue(real, value);
        } catch (IllegalArgumentException | ConfigurationApiException e) {
            throw new AppcmdException(e.getMessage());
        }
    }

    /** The element {@code path} leads to from {@code base}. */
    static ConfigurationElement walk(ConfigurationElement base, List<Segment> path) {
        ConfigurationElement at = base;
        for (Segment s : path) {
            at = s instanceof Segment.Selector sel ? item(collection(at), sel) : child(at, ((Segment.Name) s).name());
        }
        return at;
    }

    /** The attribute's name as the schema writes it; unknown names are refused like appcmd does. */
    static String attributeName(ConfigurationElement element, String name) {
        ElementSchema schema = element.getSchema();
        for (String a : schema.attributes().keySet()) {
            if (a.equalsIgnoreCase(name)) {
                return a;
            }
        }
        if (schema.allowUnrecognizedAttributes() && !hasChild(schema, name)) {
            return name;
        }
        throw new AppcmdException("Unknown attribute \"" + name + "\".  Replace with -? for help.");
    }

    /** The item whose keys all match (values compared without regard to case). */
    static Optional<ConfigurationElement> find(ConfigurationElementCollection collection, Map<String, String> keys) {
        for (ConfigurationElement item : collection) {
            if (matches(item, keys)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(ConfigurationElement item, Map<String, String> keys) {
        for (Map.Entry<String, String> k : keys.entrySet()) {
            Object value = item.getAttributeValue(attributeName(item, k.getKey()));
            if (value == null || !text(value).equalsIgnoreCase(k.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A typed value as appcmd prints it ({@code true}, {@code 5000}, {@code SslAllow}, {@code 00:02:00}). */
    static String text(Object value) {
        if (value instanceof java.time.Duration d) {
            long s = d.getSeconds();
            return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
        }
        return String.valueOf(value);
    }

    private static ConfigurationElement child(ConfigurationElement at, String name) {
        for (String c : at.getSchema().children().keySet()) {
            if (c.equalsIgnoreCase(name)) {
                return at.getChildElement(c);
            }
        }
        Optional<String> defaults = at.getSchema().collection().flatMap(c -> c.defaults());
        if (defaults.isPresent() && defaults.get().equalsIgnoreCase(name)) {
            return at.getChildElement(defaults.get());
        }
        throw new AppcmdException("Unknown attribute \"" + name + "\".  Replace with -? for help.");
    }

    private static boolean hasChild(ElementSchema schema, String name) {
        return schema.children().keySet().stream().anyMatch(c -> c.equalsIgnoreCase(name));
    }

    private static ConfigurationElementCollection collection(ConfigurationElement at) {
        if (at.getSchema().collection().isEmpty()) {
            throw new AppcmdException("<" + at.getElementTagName() + "> is not a collection; a [...] selector needs one");
        }
        return at.getCollection();
    }

    private static ConfigurationElement item(ConfigurationElementCollection collection, Segment.Selector s) {
        return find(collection, s.keys()).orElseThrow(() -> new AppcmdException("Cannot find requested collection element."));
    }

    private static Segment.Selector selector(Segment last, Parameter p) {
        if (last instanceof Segment.Selector s) {
            return s;
        }
        throw new AppcmdException("Malformed collection indexer in '" + p.raw() + "'; format is [name='value',name2='value2',...]");
    }

    private static void add(ConfigurationElement at, Segment.Selector s, Parameter p) {
        ConfigurationElementCollection collection = collection(at);
        Optional<ConfigurationElement> existing = duplicate(collection, s.keys());
        if (existing.isPresent()) {
            throw new AppcmdException("Cannot add duplicate collection entry of type '" + collection.getSchema().collection()
                    .orElseThrow().addElement() + "' with " + keyText(collection, s.keys()));
        }
        ConfigurationElement item = collection.createElement();
        for (Map.Entry<String, String> k : s.keys().entrySet()) {
            set(item, k.getKey(), k.getValue());
        }
        try {
            collection.add(item);
        } catch (IllegalArgumentException | ConfigurationApiException e) {
            throw new AppcmdException(e.getMessage());
        }
    }

    /** An item that has one of the unique keys of {@code keys}, or all its combined keys; all keys when it has none. */
    private static Optional<ConfigurationElement> duplicate(ConfigurationElementCollection collection, Map<String, String> keys) {
        List<AttributeSchema> schemaKeys = keyAttributes(collection);
        if (schemaKeys.isEmpty()) {
            return find(collection, keys);
        }
        Map<String, String> combined = new java.util.LinkedHashMap<>();
        for (AttributeSchema key : schemaKeys) {
            Optional<String> given = keys.entrySet().stream().filter(k -> k.getKey().equalsIgnoreCase(key.name()))
                    .map(Map.Entry::getValue).findFirst();
            if (given.isEmpty()) {
                continue;
            }
            if (key.uniqueKey()) {
                Optional<ConfigurationElement> same = find(collection, Map.of(key.name(), given.get()));
                if (same.isPresent()) {
                    return same;
                }
            } else {
                combined.put(key.name(), given.get());
            }
        }
        long combinedKeys = schemaKeys.stream().filter(AttributeSchema::combinedKey).count();
        return combinedKeys > 0 && combined.size() == combinedKeys ? find(collection, combined) : Optional.empty();
    }

    private static List<AttributeSchema> keyAttributes(ConfigurationElementCollection collection) {
        return collection.createElement().getSchema().keyAttributes();
    }

    private static String keyText(ConfigurationElementCollection collection, Map<String, String> keys) {
        StringBuilder out = new StringBuilder();
        List<AttributeSchema> unique = keyAttributes(collection);
        keys.forEach((k, v) -> {
            if (unique.isEmpty() || unique.stream().anyMatch(u -> u.name().equalsIgnoreCase(k))) {
                out.append(out.length() > 0 ? " and " : "").append("unique key attribute '").append(k).append("' set to '")
                        .append(v).append('\'');
            }
        });
        return out.toString();
    }

    private static void remove(ConfigurationElement at, Segment.Selector s) {
        ConfigurationElementCollection collection = collection(at);
        ConfigurationElement found = item(collection, s);
        try {
            collection.remove(found);
        } catch (IllegalArgumentException | ConfigurationApiException e) {
            throw new AppcmdException(e.getMessage());
        }
    }
}
