package org.apphostftp.config.xml;

import java.util.List;
import org.apphostftp.config.location.Location;

/**
 * An element as written: read from a file ({@link XmlElement}) or being edited through the config API. Inheritance
 * and collection merging work on this view, so the same rules apply to a file as read and to pending edits.
 *
 * @param <E> the node type itself, so that children have the same type as their parent
 */
public interface ElementNode<E extends ElementNode<E>> {

    String name();

    /** The value of an attribute as written, or null when it is not written. */
    String value(String attributeName);

    /** Child elements in document order. */
    List<E> children();

    /** Where the element is written (for a new element, where its nearest written ancestor is). */
    Location location();
}
