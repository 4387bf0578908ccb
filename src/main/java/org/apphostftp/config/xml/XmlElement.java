package org.apphostftp.config.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apphostftp.config.location.Location;

/**
 * An element as written in the file, with its position and the offsets of its text in the document, so
 * that anything the server does not understand is kept byte for byte.
 */
public final class XmlElement implements ElementNode<XmlElement> {

    private final String name;
    private final Location location;
    private final XmlElement parent;
    private final List<XmlAttribute> attributes = new ArrayList<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final int start;
    private final int startTagEnd;
    private int end;
    private boolean selfClosing;

    XmlElement(String name, Location location, XmlElement parent, int start, int startTagEnd) {
        this.name = name;
        this.location = location;
        this.parent = parent;
        this.start = start;
        this.startTagEnd = startTagEnd;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Location location() {
        return location;
    }

    /** The enclosing element, or null for the document element. */
    public XmlElement parent() {
        return parent;
    }

    /** Attributes in file order. */
    public List<XmlAttribute> attributes() {
        return Collections.unmodifiableList(attributes);
    }

    public Optional<XmlAttribute> attribute(String attributeName) {
        for (XmlAttribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The value of an attribute, or null when it is not written. */
    @Override
    public String value(String attributeName) {
        return attribute(attributeName).map(XmlAttribute::value).orElse(null);
    }

    /** Child elements in file order. */
    @Override
    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The first child of that name (IIS reads the first when an element is repeated). */
    public Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** Offset of '&lt;' of the start tag. */
    public int start() {
        return start;
    }

    /** Offset just after the '&gt;' of the start tag. */
    public int startTagEnd() {
        return startTagEnd;
    }

    /** Offset just after the end tag (equal to {@link #startTagEnd()} for {@code <a/>}). */
    public int end() {
        return end;
    }

    public boolean selfClosing() {
        return selfClosing;
    }

    void addAttribute(XmlAttribute attribute) {
        attributes.add(attribute);
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    void close(int endOffset, boolean isSelfClosing) {
        this.end = endOffset;
        this.selfClosing = isSelfClosing;
    }

    /** The element path from the document element, e.g. {@code configuration/system.ftpServer/log}. */
    public String path() {
        return parent == null ? name : parent.path() + "/" + name;
    }

    @Override
    public String toString() {
        return "<" + name + "> at " + location;
    }
}
