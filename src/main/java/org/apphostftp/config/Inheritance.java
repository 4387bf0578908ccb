package org.apphostftp.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.xml.ElementNode;

/**
 * The inheritance rules of IIS configuration over a chain of written elements (least specific first): the most
 * specific written attribute wins; collections apply each level's add, remove and clear in order; items inherit from
 * the collection's defaultElement. The rules are stated once, over any representation of a level; {@link ResolvedElement}
 * (the validators) and the config API's pending edits apply them to the element tree, {@link TypedInheritance} (the
 * runtime) to the typed model, so all of them see the same configuration.
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
            return itemChain(defaults, element);
        }
    }

    /** What one written entry of a collection does to the items the levels before it left. */
    public enum Entry {
        /** Adds the item, or replaces the one with the same key. */
        ADD,
        /** Removes the item with the same key. */
        REMOVE,
        /** Removes every item. */
        CLEAR,
        /** Not an item entry (the collection's defaults, or another child). */
        NONE
    }

    private Inheritance() {
    }

    // ------------------------------------------------------------------------------------ the rules, once
    // The element tree (validators, config API) and the typed model (TypedInheritance, the runtime) both resolve with
    // these, each saying how it reads a level; a level's "value" or "child" is null when that level does not write it.

    /** Rule 1: an attribute's value is the one of the most specific level that writes it. */
    public static <L, V> Optional<V> mostSpecific(List<? extends L> chain, Function<? super L, ? extends V> valueAt) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            V v = valueAt.apply(chain.get(i));
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Rule 2: a child element's chain is the child at each level that writes it, least specific first. */
    public static <L, C> List<C> present(List<? extends L> chain, Function<? super L, ? extends C> childAt) {
        List<C> out = new ArrayList<>();
        for (L level : chain) {
            C c = childAt.apply(level);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Rule 3: a collection's items are what each level's entries leave, applied in order (add, remove, clear), each
     * item by its key; the value is the item with the index of the level that added it, in the order added.
     */
    public static <L, T> Map<String, Item<T>> merge(List<? extends L> chain, Function<? super L, List<T>> entriesAt,
                                                    Function<? super T, Entry> kind, Function<? super T, String> key) {
        Map<String, Item<T>> items = new LinkedHashMap<>();
        for (int level = 0; level < chain.size(); level++) {
            for (T entry : entriesAt.apply(chain.get(level))) {
                switch (kind.apply(entry)) {
                    case ADD -> items.put(key.apply(entry), new Item<>(entry, level, List.of()));
                    case REMOVE -> items.remove(key.apply(entry));
                    case CLEAR -> items.clear();
                    case NONE -> { }
                }
            }
        }
        return items;
    }

    /** Rule 4: an item's chain is the collection's defaults (siteDefaults) at every level, then the item. */
    public static <T> List<T> itemChain(List<? extends T> defaults, T item) {
        List<T> chain = new ArrayList<>(defaults);
        chain.add(item);
        return chain;
    }

    // ------------------------------------------------------------------------------------ on the element tree

    /** The most specific element of {@code chain} that writes {@code attribute}. */
    public static <E extends ElementNode<E>> Optional<E> writer(List<E> chain, String attribute) {
        return mostSpecific(chain, e -> e.value(attribute) != null ? e : null);
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
        return present(chain, level -> child(level, name).orElse(null));
    }

    /** The items of a collection after applying every level's add, remove and clear in order. */
    public static <E extends ElementNode<E>> List<Item<E>> items(CollectionSchema collection, List<E> chain) {
        List<E> defaults = new ArrayList<>();
        for (E level : chain) {
            for (E c : level.children()) {
                if (collection.defaults().filter(c.name()::equals).isPresent()) {
                    defaults.add(c);
                }
            }
        }
        List<E> allDefaults = List.copyOf(defaults);
        return merge(chain, ElementNode::children, c -> entry(collection, c.name()), c -> key(collection.itemSchema(), c))
                .values().stream().map(i -> new Item<>(i.element(), i.level(), allDefaults)).toList();
    }

    /** What a written child named {@code name} is to the collection. */
    private static Entry entry(CollectionSchema collection, String name) {
        if (name.equals(collection.addElement())) {
            return Entry.ADD;
        }
        if (collection.remove().filter(name::equals).isPresent()) {
            return Entry.REMOVE;
        }
        return collection.clear().filter(name::equals).isPresent() ? Entry.CLEAR : Entry.NONE;
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
