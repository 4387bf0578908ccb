package org.apphostftp.configapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apphostftp.config.schema.AttributeSchema;

/**
 * The items of a collection in a shared read-only configuration ({@link ConfigurationView}): read once for every
 * reader, with an index per string attribute made on first use, so that a filter such as {@code site[@name='S']}
 * finds its site of thousands without looking at the others. Safe for any number of threads.
 */
final class SharedItems {

    private final List<Node> items;
    private final Map<String, Map<String, List<Node>>> byAttribute = new ConcurrentHashMap<>();

    SharedItems(List<Node> items) {
        this.items = List.copyOf(items);
    }

    List<Node> all() {
        return items;
    }

    /**
     * The items whose string attribute {@code a} may equal {@code value} as a filter compares strings (without regard
     * to case), in collection order; the caller still applies its own test.
     */
    List<Node> withValue(AttributeSchema a, String value) {
        return byAttribute.computeIfAbsent(a.name(), n -> index(a)).getOrDefault(fold(value), List.of());
    }

    private Map<String, List<Node>> index(AttributeSchema a) {
        Map<String, List<Node>> index = new HashMap<>();
        for (Node item : items) {
            Object value = item.value(a);
            index.computeIfAbsent(fold(value == null ? "" : value.toString()), k -> new ArrayList<>()).add(item);
        }
        return index;
    }

    /** Equal for two strings exactly when {@link String#equalsIgnoreCase} says they are. */
    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(folded);
    }
}
