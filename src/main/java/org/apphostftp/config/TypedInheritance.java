package org.apphostftp.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apphostftp.config.jaxb.ClearEntry;
import org.apphostftp.config.jaxb.RemoveEntry;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ElementSchema;

/**
 * IIS inheritance on the typed model: given written typed objects from the least to the most specific (the schema
 * default, then siteDefaults then the site; the server level then each {@code <location>}), makes one new typed
 * object in which every attribute has its effective value, every child is resolved the same way and every collection
 * holds its items after each level's add, remove and clear (each item seen through the collection's defaults, such as
 * siteDefaults). The rules are {@link Inheritance}'s (stated there once, for the element tree too); the schema says which attributes, children and collections an
 * element has, the generated classes' JAXB annotations say which field holds each.
 */
final class TypedInheritance {

    /** The fields of one generated class, by the XML name they bind. */
    private record Shape(Map<String, Field> attributes, Map<String, Field> elements, Field mixed, Map<String, Class<?>> mixedTypes) {
    }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    private static final Map<List<Object>, Object> DEFAULTS = new ConcurrentHashMap<>();
    private static final Map<Field, Optional<XmlAdapter<String, Object>>> ADAPTERS = new ConcurrentHashMap<>();

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
            Field f = shape.attributes().get(a.name());
            if (f != null && !a.runtime()) {
                set(f, out, attribute(f, a, chain));
            }
        }
        for (Map.Entry<String, ElementSchema> c : schema.children().entrySet()) {
            Field f = shape.elements().get(c.getKey());
            if (f != null && !c.getValue().runtime()) {
                set(f, out, resolveAny(c.getValue(), f.getType(), present(f, chain)));
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

    private static Object attribute(Field f, AttributeSchema a, List<?> chain) {
        Optional<Object> written = Inheritance.mostSpecific(chain, level -> get(f, level));
        if (written.isPresent()) {
            return written.get();
        }
        // keyed by field and text: one generated class may serve elements whose schema defaults differ
        return a.defaultValue() == null ? null
                : DEFAULTS.computeIfAbsent(List.of(f, a.defaultValue()), x -> immutable(convert(f, a.defaultValue())));
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
        Field list = shape.mixed() != null ? shape.mixed() : shape.elements().get(collection.addElement());
        set(list, out, resolved);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> entries(CollectionSchema collection, Shape shape, Object level) {
        Field list = shape.mixed() != null ? shape.mixed() : shape.elements().get(collection.addElement());
        List<Object> entries = (List<Object>) get(list, level);
        return entries == null ? List.of() : entries;
    }

    private static Class<?> itemType(CollectionSchema collection, Shape shape) {
        if (shape.mixed() != null) {
            return shape.mixedTypes().get(collection.addElement());
        }
        ParameterizedType list = (ParameterizedType) shape.elements().get(collection.addElement()).getGenericType();
        return (Class<?>) list.getActualTypeArguments()[0];
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
            Field f = shape.attributes().get(name);
            Object v = f == null ? null : get(f, item);
            return v == null ? null : text(f, v);
        });
    }

    private static List<Object> present(Field f, List<?> chain) {
        return Inheritance.present(chain, level -> get(f, level));
    }

    // ------------------------------------------------------------------------------------ reflection

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, TypedInheritance::readShape);
    }

    private static Shape readShape(Class<?> type) {
        Map<String, Field> attributes = new HashMap<>();
        Map<String, Field> elements = new HashMap<>();
        Field mixed = null;
        Map<String, Class<?>> mixedTypes = new HashMap<>();
        for (Field f : type.getFields()) {
            XmlAttribute a = f.getAnnotation(XmlAttribute.class);
            XmlElement e = f.getAnnotation(XmlElement.class);
            XmlElements es = f.getAnnotation(XmlElements.class);
            if (a != null) {
                attributes.put(a.name(), f);
            } else if (e != null) {
                elements.put(e.name(), f);
            } else if (es != null) {
                mixed = f;
                for (XmlElement one : es.value()) {
                    mixedTypes.put(one.name(), one.type());
                }
            }
        }
        return new Shape(Map.copyOf(attributes), Map.copyOf(elements), mixed, Map.copyOf(mixedTypes));
    }

    /** Schema text (a default) to the field's type, through the field's own JAXB adapter as the binder does. */
    private static Object convert(Field f, String text) {
        Optional<XmlAdapter<String, Object>> adapter = adapter(f);
        try {
            if (adapter.isPresent()) {
                return adapter.get().unmarshal(text);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the schema default '" + text + "' of " + f + " does not convert: " + e.getMessage(), e);
        }
        if (f.getType() == Long.class) {
            return Long.valueOf(text.trim());
        }
        if (f.getType() == Integer.class) {
            return Integer.valueOf(text.trim());
        }
        return text;
    }

    /** A typed value back to text, through the field's adapter (for collection keys). */
    private static String text(Field f, Object value) {
        Optional<XmlAdapter<String, Object>> adapter = adapter(f);
        if (adapter.isEmpty()) {
            return value.toString();
        }
        try {
            return adapter.get().marshal(value);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    /** The field's JAXB adapter (they keep no state, so one instance per field serves every call). */
    private static Optional<XmlAdapter<String, Object>> adapter(Field f) {
        return ADAPTERS.computeIfAbsent(f, TypedInheritance::newAdapter);
    }

    @SuppressWarnings("unchecked")
    private static Optional<XmlAdapter<String, Object>> newAdapter(Field f) {
        XmlJavaTypeAdapter annotation = f.getAnnotation(XmlJavaTypeAdapter.class);
        if (annotation == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((XmlAdapter<String, Object>) annotation.value().getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the adapter of " + f + " cannot be made: " + e.getMessage(), e);
        }
    }

    private static <T> T instance(Class<T> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the typed class " + type.getName() + " cannot be made: " + e.getMessage(), e);
        }
    }

    private static Object get(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field f, Object target, Object value) {
        try {
            f.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
