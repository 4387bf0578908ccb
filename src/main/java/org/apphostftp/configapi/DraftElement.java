package org.apphostftp.configapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.xml.ElementNode;
import org.apphostftp.config.xml.XmlAttribute;
import org.apphostftp.config.xml.XmlElement;

/**
 * An element of the configuration being edited: a copy of an element of the file ({@link #original()}) or a new one.
 * Reads go through it so that uncommitted changes are visible; a commit turns the differences from the originals into
 * {@code Edit}s.
 */
final class DraftElement implements ElementNode<DraftElement> {

    private final XmlElement original;
    private final String name;
    private final Location fallbackLocation;
    private DraftElement parent;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<DraftElement> children = new ArrayList<>();

    private DraftElement(XmlElement original, String name, Location fallbackLocation) {
        this.original = original;
        this.name = name;
        this.fallbackLocation = fallbackLocation;
    }

    /** A copy of {@code element} and everything below it; {@code copies} learns which copy belongs to which element. */
    static DraftElement copyOf(XmlElement element, Map<XmlElement, DraftElement> copies) {
        DraftElement copy = new DraftElement(element, element.name(), element.location());
        copies.put(element, copy);
        for (XmlAttribute a : element.attributes()) {
            copy.attributes.put(a.name(), a.value());
        }
        for (XmlElement c : element.children()) {
            copy.adopt(copyOf(c, copies), copy.children.size());
        }
        return copy;
    }

    /** A new element, not yet in any document. */
    static DraftElement create(String name, Location where) {
        return new DraftElement(null, name, where);
    }

    /** The element of the file this copies, or null for a new element. */
    XmlElement original() {
        return original;
    }

    DraftElement parent() {
        return parent;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String value(String attributeName) {
        return attributes.get(attributeName);
    }

    /** Attributes in document order (new ones last). */
    Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    @Override
    public List<DraftElement> children() {
        return Collections.unmodifiableList(children);
    }

    @Override
    public Location location() {
        if (original != null) {
            return original.location();
        }
        return parent != null ? parent.location() : fallbackLocation;
    }

    void set(String attributeName, String value) {
        attributes.put(attributeName, value);
    }

    void remove(String attributeName) {
        attributes.remove(attributeName);
    }

    /** Adds a new child {@code name} at {@code index}. */
    DraftElement insert(String childName, int index) {
        DraftElement child = create(childName, location());
        adopt(child, index);
        return child;
    }

    DraftElement append(String childName) {
        return insert(childName, children.size());
    }

    /** Makes {@code child} (a new element without parent) a child at {@code index}. */
    void adopt(DraftElement child, int index) {
        if (child.parent != null) {
            throw new IllegalStateException("<" + child.name + "> already belongs to <" + child.parent.name + ">");
        }
        child.parent = this;
        children.add(index, child);
    }

    void removeChild(DraftElement child) {
        if (!children.remove(child)) {
            throw new IllegalStateException("<" + child.name + "> is not a child of <" + name + ">");
        }
        child.parent = null;
    }

    /** The index of the first child named {@code childName}, or -1. */
    int indexOf(String childName) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).name.equals(childName)) {
                return i;
            }
        }
        return -1;
    }

    /** True when this element is part of the tree under {@code root}. */
    boolean isUnder(DraftElement root) {
        for (DraftElement e = this; e != null; e = e.parent) {
            if (e == root) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "<" + name + "> at " + location();
    }
}
