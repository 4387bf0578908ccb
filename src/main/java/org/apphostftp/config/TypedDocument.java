package org.apphostftp.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.effective.PathKey;
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
    private final List<Section> sections = new ArrayList<>();
    /** The sections by path and location key, each list in file order: a site's policies look up only their own. */
    private final Map<String, List<Section>> byPathAndLocation = new HashMap<>();

    /**
     * One written section as a typed object: a file may write a section group twice (a second
     * {@code <system.ftpServer>} at the end), so sections are listed one by one, as {@link SectionIndex} lists them.
     *
     * @param locationKey "" for the server level, else the {@link PathKey} of the {@code <location>} path
     */
    record Section(String path, String locationKey, Object typed) {
    }

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

    void addSection(Section section) {
        sections.add(section);
        byPathAndLocation.computeIfAbsent(key(section.path(), section.locationKey()), k -> new ArrayList<>()).add(section);
    }

    private static String key(String path, String locationKey) {
        return path + '\u0000' + locationKey;
    }

    /** Every written section, in file order. */
    List<Section> sections() {
        return List.copyOf(sections);
    }

    /** The written occurrences of one section at one location key ("" for the server level), in file order. */
    <T> List<T> sections(String path, String locationKey, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Section s : byPathAndLocation.getOrDefault(key(path, locationKey), List.of())) {
            out.add(type.cast(s.typed()));
        }
        return out;
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
