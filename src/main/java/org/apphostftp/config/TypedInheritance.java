package org.apphostftp.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apphostftp.config.jaxb.ClearEntry;
import org.apphostftp.config.jaxb.RemoveEntry;
import org.apphostftp.config.typed.TypedModelShapes;
import org.apphostftp.config.typed.TypedModelShapes.Shape;
import org.apphostftp.config.typed.TypedModelShapes.Slot;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ElementSchema;

/**
 * IIS inheritance on the typed model: given written typed objects from the least to the most specific (the schema
 * default, then siteDefaults then the site; the server level then each {@code <location>}), makes one new typed
 * object in which every attribute has its effective value, every child is resolved the same way and every collection
 * holds its items after each level's add, remove and clear (each item seen through the collection's defaults, such as
 * siteDefaults). The rules are {@link Inheritance}'s (stated there once, for the element tree too); the schema says which attributes, children and collections an
 * element has, the generated {@link TypedModelShapes} (what the classes' JAXB annotations say, without reflection) which
 * field holds each.
 */
final class TypedInheritance {

    private static final Map<DefaultKey, Object> DEFAULTS = new ConcurrentHashMap<>();

    private final List<TypedDocument> documents;

    /** @param documents the documents the chains come from (applicationHost.config, then administration.config) */
    TypedInheritance(List<TypedDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    /** The written element behind a typed object (bound or resolved) of any of the documents. */
    Optional<org.apphostftp.config.xml.XmlElement> written(Object typed) {
        for (TypedDocument d : documents) {
            Optional<org.apphostftp.config.xml.XmlElement> e = d.written(typed);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** Where a typed object is written; the main file alone for one made only of schema defaults. */
    org.apphostftp.config.location.Location location(Object typed) {
        return written(typed).map(org.apphostftp.config.xml.XmlElement::location).orElseGet(() -> documents.get(0).location(typed));
    }

    /** The effective object of {@code chain} (written objects, least specific first; may be empty: all defaults). */
    <T> T resolve(ElementSchema schema, Class<T> type, List<? extends T> chain) {
        return type.cast(resolveAny(schema, type, chain));
    }

    private Object resolveAny(ElementSchema schema, Class<?> type, List<?> chain) {
        Shape shape = shape(type);
        Object out = instance(type);
        for (AttributeSchema a : schema.attributes().values()) {
            Slot f = shape.attributes().get(a.name());
            if (f != null && !a.runtime()) {
                set(f, out, attribute(f, a, chain));
            }
        }
        for (Map.Entry<String, ElementSchema> c : schema.children().entrySet()) {
            Slot f = shape.elements().get(c.getKey());
            if (f != null && !c.getValue().runtime()) {
                set(f, out, resolveAny(c.getValue(), f.type(), present(f, chain)));
            }
        }
        schema.collection().filter(c -> !c.runtime()).ifPresent(c -> items(c, shape, chain, out));
        if (!chain.isEmpty()) {
            Object mostSpecific = chain.get(chain.size() - 1);
            for (TypedDocument d : documents) {
                d.written(mostSpecific).ifPresent(e -> d.remember(out, e));
            }
        }
        return out;
    }

    private static Object attribute(Slot f, AttributeSchema a, List<?> chain) {
        Optional<Object> written = Inheritance.mostSpecific(chain, level -> get(f, level));
        if (written.isPresent()) {
            return written.get();
        }
        // keyed by field and text: one generated class may serve elements whose schema defaults differ
        return a.defaultValue() == null ? null
                : DEFAULTS.computeIfAbsent(new DefaultKey(f, a.defaultValue()), x -> immutable(convert(f, a.defaultValue())));
    }

    /**
     * A field (by identity: the generated shapes make each once) and a default's text. Not a record, nor a list of the
     * record {@link Slot}: a record's first equals or hashCode links java.lang.runtime.ObjectMethods, which spins some
     * 30 method-handle classes (20-30 ms of a client command's start-up).
     */
    private static final class DefaultKey {
        private final Slot slot;
        private final String text;

        DefaultKey(Slot slot, String text) {
            this.slot = slot;
            this.text = text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DefaultKey k && k.slot == slot && k.text.equals(text);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(slot) * 31 + text.hashCode();
        }
    }

    private static Object immutable(Object value) {
        return value instanceof Set<?> set ? Set.copyOf(set) : value;
    }

    private void items(CollectionSchema collection, Shape shape, List<?> chain, Object out) {
        ElementSchema itemSchema = collection.itemSchema();
        List<Object> defaults = collection.defaults().map(shape.elements()::get).map(f -> present(f, chain)).orElse(List.of());
        Class<?> itemType = itemType(collection, shape);
        Map<String, Inheritance.Item<Object>> items = Inheritance.merge(chain, level -> entries(collection, shape, level),
                TypedInheritance::entry, entry -> key(itemSchema, entry));
        List<Object> resolved = new ArrayList<>(items.size());
        for (Inheritance.Item<Object> item : items.values()) {
            resolved.add(resolveAny(itemSchema, itemType, Inheritance.itemChain(defaults, item.element())));
        }
        Slot list = shape.mixed() != null ? shape.mixed() : shape.elements().get(collection.addElement());
        set(list, out, resolved);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> entries(CollectionSchema collection, Shape shape, Object level) {
        Slot list = shape.mixed() != null ? shape.mixed() : shape.elements().get(collection.addElement());
        List<Object> entries = (List<Object>) get(list, level);
        return entries == null ? List.of() : entries;
    }

    private static Class<?> itemType(CollectionSchema collection, Shape shape) {
        if (shape.mixed() != null) {
            return shape.mixedTypes().get(collection.addElement());
        }
        return shape.elements().get(collection.addElement()).itemType();
    }

    /** What a typed entry of a collection is: the binder makes {@code <clear>} and {@code <remove>} their own types. */
    private static Inheritance.Entry entry(Object entry) {
        return entry instanceof ClearEntry ? Inheritance.Entry.CLEAR
                : entry instanceof RemoveEntry ? Inheritance.Entry.REMOVE : Inheritance.Entry.ADD;
    }

    /** The item's identity as {@link Inheritance#key} computes it from text, so a typed item and a {@code <remove>} agree. */
    private static String key(ElementSchema itemSchema, Object item) {
        if (item instanceof RemoveEntry remove) {
            Map<String, String> keys = new HashMap<>();
            remove.keys.forEach((name, value) -> keys.put(name.getLocalPart(), value));
            return Inheritance.key(itemSchema, keys::get);
        }
        Shape shape = shape(item.getClass());
        return Inheritance.key(itemSchema, name -> {
            Slot f = shape.attributes().get(name);
            Object v = f == null ? null : get(f, item);
            return v == null ? null : text(f, v);
        });
    }

    private static List<Object> present(Slot f, List<?> chain) {
        return Inheritance.present(chain, level -> get(f, level));
    }

    // ------------------------------------------------------------------------------------ fields

    private static Shape shape(Class<?> type) {
        return TypedModelShapes.of(type);
    }

    /** Schema text (a default) to the field's type, through the field's own JAXB adapter as the binder does. */
    private static Object convert(Slot f, String text) {
        try {
            if (f.adapter() != null) {
                return f.adapter().unmarshal(text);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the schema default '" + text + "' of " + f + " does not convert: " + e.getMessage(), e);
        }
        if (f.type() == Long.class) {
            return Long.valueOf(text.trim());
        }
        if (f.type() == Integer.class) {
            return Integer.valueOf(text.trim());
        }
        return text;
    }

    /** A typed value back to text, through the field's adapter (for collection keys). */
    private static String text(Slot f, Object value) {
        if (f.adapter() == null) {
            return value.toString();
        }
        try {
            return f.adapter().marshal(value);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    private static Object instance(Class<?> type) {
        return TypedModelShapes.instance(type);
    }

    private static Object get(Slot f, Object target) {
        return f.get(target);
    }

    private static void set(Slot f, Object target, Object value) {
        f.set(target, value);
    }
}
