package org.apphostftp.configapi;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apphostftp.config.Suggestions;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.CollectionSchema;

/**
 * The items of an element's collection after inheritance (add, remove and clear of every level applied), and the
 * element itself. A runtime collection (live sessions) is a snapshot read from the running server when the
 * collection object is obtained: call {@code getCollection()} again to read again. A configured collection always
 * shows the configuration as it is now, uncommitted changes included.
 */
public final class ConfigurationElementCollection extends ConfigurationElement implements Iterable<ConfigurationElement> {

    private final CollectionSchema collection;
    private final List<Node> snapshot;
    private List<Node> cached;
    private long cachedAt = -1;

    ConfigurationElementCollection(Node node) {
        super(node);
        this.collection = node.schema.collection().orElseThrow();
        this.snapshot = isRuntime() ? node.items() : null;
    }

    private boolean isRuntime() {
        return !(node instanceof ConfiguredNode) || collection.runtime();
    }

    private List<Node> items() {
        if (snapshot != null) {
            return snapshot;
        }
        long generation = node.configuration.generation();
        if (cached == null || cachedAt != generation) {
            cached = node.items();
            cachedAt = node.configuration.generation();
        }
        return cached;
    }

    public int size() {
        return items().size();
    }

    public boolean isEmpty() {
        return items().isEmpty();
    }

    public ConfigurationElement get(int index) {
        return new ConfigurationElement(items().get(index));
    }

    @Override
    public Iterator<ConfigurationElement> iterator() {
        List<Node> items = items();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < items.size();
            }

            @Override
            public ConfigurationElement next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new ConfigurationElement(items.get(next++));
            }
        };
    }

    public Stream<ConfigurationElement> stream() {
        List<Node> items = items();
        return IntStream.range(0, items.size()).mapToObj(i -> new ConfigurationElement(items.get(i)));
    }

    /**
     * The first item whose attribute equals {@code value} (typed or text; strings, enum names and flags compare
     * without regard to case, as IIS compares keys): {@code sites.find("name", "Default FTP Site")}.
     */
    public Optional<ConfigurationElement> find(String attributeName, Object value) {
        AttributeSchema a = collection.itemSchema().attribute(attributeName).orElseThrow(() ->
                new ConfigurationNotFoundException(node.path().toString(), "<" + collection.addElement() + "> has no attribute '"
                        + attributeName + "'" + Suggestions.didYouMean(attributeName, collection.itemSchema().attributes().keySet())
                        + " (at " + node.path() + ")"));
        Object wanted = Values.coerce(a, value);
        for (Node item : items()) {
            if (Values.equal(a, item.value(a), wanted)) {
                return Optional.of(new ConfigurationElement(item));
            }
        }
        return Optional.empty();
    }

    /** A new item named after the collection's add element, to fill with setAttributeValue and then {@link #add}. */
    public ConfigurationElement createElement() {
        return createElement(collection.addElement());
    }

    /** A new item; {@code tagName} must be the collection's add element ({@code add}, {@code site}, ...). */
    public ConfigurationElement createElement(String tagName) {
        ConfiguredNode holder = writable("create an item in");
        if (!collection.addElement().equals(tagName)) {
            throw new IllegalArgumentException("the items of " + node.path() + " are <" + collection.addElement()
                    + ">, not <" + tagName + ">");
        }
        return new ConfigurationElement(holder.newItem(tagName));
    }

    /** Adds an element made by {@link #createElement()}, after the items written at this level. Returns it. */
    public ConfigurationElement add(ConfigurationElement element) {
        ConfiguredNode holder = writable("add to");
        if (!(element.node instanceof ConfiguredNode item)) {
            throw new IllegalArgumentException(element + " was not made by createElement() of " + node.path());
        }
        holder.add(item);
        return element;
    }

    /**
     * Removes an item: one written at this level is deleted; one inherited from a less specific level is hidden
     * with {@code <remove key.../>}, as IIS does.
     */
    public void remove(ConfigurationElement element) {
        ConfiguredNode holder = writable("remove from");
        if (!(element.node instanceof ConfiguredNode item)) {
            throw new IllegalArgumentException(element + " is not an item of " + node.path());
        }
        holder.remove(item);
    }

    public void removeAt(int index) {
        remove(get(index));
    }

    /** Deletes the items written at this level and writes {@code <clear/>} so that inherited items are hidden too. */
    public void clear() {
        writable("clear").clear();
    }

    private ConfiguredNode writable(String action) {
        node.configuration.checkWritable(node.path());
        if (isRuntime()) {
            throw node.configuration.refuseWrite(node.path(), "cannot " + action + " " + node.path()
                    + ": it is runtime data of the running server, read-only");
        }
        return (ConfiguredNode) node;
    }
}
