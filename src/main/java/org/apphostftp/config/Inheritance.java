package org.apphostftp.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.xml.ElementNode;

/**
 * The inheritance rules of IIS configuration over a chain of written elements (least specific first): the most
 * specific written attribute wins; collections apply each level's add, remove and clear in order; items inherit from
 * the collection's defaultElement. {@link ResolvedElement} reads files with it, the config API reads pending edits
 * with it, so both see the same configuration.
 */
public final class Inheritance {

    /**
     * A collection item after merging.
     *
     * @param element  the item as written
     * @param level    the index in the chain of the level that added it
     * @param defaults the defaultElement elements every item inherits from (siteDefaults), least specific first
     */
    public record Item<E>(E element, int level, List<E> defaults) {

        /** The item's own chain: its defaults, then the item. */
        public List<E> chain() {
            List<E> chain = new ArrayList<>(defaults);
            chain.add(element);
            return chain;
        }
    }

    private Inheritance() {
    }

    /** The most specific element of {@code chain} that writes {@code attribute}. */
    public static <E extends ElementNode<E>> Optional<E> writer(List<E> chain, String attribute) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).value(attribute) != null) {
                return Optional.of(chain.get(i));
            }
        }
        return Optional.empty();
    }

    /** The first child named {@code name} (IIS reads the first when an element is repeated). */
    public static <E extends ElementNode<E>> Optional<E> child(E element, String name) {
        for (E c : element.children()) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The chain of a child element: the child of that name at each level that writes one. */
    public static <E extends ElementNode<E>> List<E> childChain(List<E> chain, String name) {
        List<E> out = new ArrayList<>();
        for (E level : chain) {
            child(level, name).ifPresent(out::add);
        }
        return out;
    }

    /** The items of a collection after applying every level's add, remove and clear in order. */
    public static <E extends ElementNode<E>> List<Item<E>> items(CollectionSchema collection, List<E> chain) {
        List<E> defaults = new ArrayList<>();
        Map<String, Item<E>> items = new LinkedHashMap<>();
        for (int level = 0; level < chain.size(); level++) {
            for (E c : chain.get(level).children()) {
                if (c.name().equals(collection.addElement())) {
                    items.put(key(collection.itemSchema(), c), new Item<>(c, level, defaults));
                } else if (collection.remove().filter(c.name()::equals).isPresent()) {
                    items.remove(key(collection.itemSchema(), c));
                } else if (collection.clear().filter(c.name()::equals).isPresent()) {
                    items.clear();
                } else if (collection.defaults().filter(c.name()::equals).isPresent()) {
                    defaults.add(c);
                }
            }
        }
        List<E> allDefaults = List.copyOf(defaults);
        return items.values().stream().map(i -> new Item<>(i.element(), i.level(), allDefaults)).toList();
    }

    /** The defaultElement elements (siteDefaults) written at the levels of {@code chain}. */
    public static <E extends ElementNode<E>> List<E> defaults(CollectionSchema collection, List<E> chain) {
        return collection.defaults().map(name -> childChain(chain, name)).orElse(List.of());
    }

    /** The identity of a collection item: its key attributes' values (case-insensitive, as IIS compares them). */
    public static String key(ElementSchema itemSchema, ElementNode<?> item) {
        return key(itemSchema, item::value);
    }

    /** The identity of an item whose key attributes are given as text ({@code valueOf} returns null when absent). */
    public static String key(ElementSchema itemSchema, java.util.function.Function<String, String> valueOf) {
        StringBuilder key = new StringBuilder();
        for (AttributeSchema a : itemSchema.keyAttributes()) {
            String raw = valueOf.apply(a.name());
            Object typed = raw == null ? a.typedDefault() : safeParse(a, raw);
            key.append(a.name()).append('=').append(typed == null ? "" : typed.toString().toLowerCase(Locale.ROOT)).append('\u0000');
        }
        return key.toString();
    }

    private static Object safeParse(AttributeSchema a, String raw) {
        try {
            return AttributeValues.parse(a, raw);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
