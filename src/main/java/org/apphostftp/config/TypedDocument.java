package org.apphostftp.config;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.jaxb.ConfigurationXml;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlElement;

/**
 * A document bound into the typed model, with the written element behind every typed object: the typed object
 * carries the value, the written element its {@code FILE:LINE:COL}. Objects {@link TypedInheritance} resolves are
 * added here too, each pointing at the most specific written element behind it.
 */
final class TypedDocument {

    private final XmlDocument document;
    private final ConfigurationXml model;
    private final Map<Object, XmlElement> written = new IdentityHashMap<>();

    TypedDocument(XmlDocument document, ConfigurationXml model) {
        this.document = document;
        this.model = model;
    }

    public XmlDocument document() {
        return document;
    }

    /** The typed model of the whole file. */
    public ConfigurationXml model() {
        return model;
    }

    void remember(Object typed, XmlElement element) {
        written.put(typed, element);
    }

    /** The written element a typed object was bound from (or, for a resolved object, its most specific one). */
    public Optional<XmlElement> written(Object typed) {
        return Optional.ofNullable(written.get(typed));
    }

    /** Where a typed object is written; the file alone for an object made only of schema defaults. */
    public Location location(Object typed) {
        return written(typed).map(XmlElement::location).orElseGet(() -> Location.ofFile(document.displayName()));
    }

    /** Where one attribute of a typed object is written, if it is. */
    public Optional<Location> location(Object typed, String attribute) {
        return written(typed).flatMap(e -> e.attribute(attribute)).map(a -> a.location());
    }
}
