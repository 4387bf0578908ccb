package org.apphostftp.config.xml;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change to a loaded document, applied by DocumentEditor so that only the touched text changes: comments, blank
 * lines, attribute order, quoting and everything not edited stay byte for byte. Edits name only elements of the
 * document as read; a new element is described whole, with its new children, by one {@link AddElement}.
 */
public sealed interface Edit {

    /** Sets (or adds, at the end of the start tag) an attribute of an element that exists in the document. */
    record SetAttribute(XmlElement element, String name, String value) implements Edit {
        public SetAttribute {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Removes an attribute (and the white space before it) from an element that exists in the document. */
    record RemoveAttribute(XmlElement element, String name) implements Edit {
        public RemoveAttribute {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Inserts a new element (with new children) into an element that exists in the document.
     *
     * @param attributes in the order they are written
     * @param before     the existing child to insert before, or null to append as the last child
     */
    record AddElement(XmlElement parent, String name, List<Map.Entry<String, String>> attributes, List<NewElement> children,
                      XmlElement before) implements Edit {
        public AddElement {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(name, "name");
            attributes = List.copyOf(attributes);
            children = List.copyOf(children);
        }
    }

    /** Removes an element that exists in the document (with its line when it stands alone on it). */
    record RemoveElement(XmlElement element) implements Edit {
        public RemoveElement {
            Objects.requireNonNull(element, "element");
        }
    }

    /** A new element below an {@link AddElement}. */
    record NewElement(String name, List<Map.Entry<String, String>> attributes, List<NewElement> children) {
        public NewElement {
            Objects.requireNonNull(name, "name");
            attributes = List.copyOf(attributes);
            children = List.copyOf(children);
        }
    }
}
