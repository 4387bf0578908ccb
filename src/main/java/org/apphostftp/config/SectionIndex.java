package org.apphostftp.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apphostftp.config.effective.PathKey;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.SectionSchema;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlElement;

/**
 * Where each known section is written in a document: at the root ({@code locationPath ""}) or inside
 * {@code <location path="...">}. The one place that knows how sections nest in a file; everything the server does
 * not know (other section groups, other sections of known groups outside system.ftpServer) is passed over.
 */
public final class SectionIndex {

    /** Section groups in which every child must be a known section (the FTP parts). */
    private static final String STRICT_GROUP = "system.ftpServer";

    /**
     * One written section.
     *
     * @param locationPath "" for the server level, else the location path as written, without surrounding slashes
     * @param location     the {@code <location>} element, or null at the root
     */
    public record Occurrence(SectionSchema schema, XmlElement element, String locationPath, XmlElement location) {

        public boolean atServerLevel() {
            return locationPath.isEmpty();
        }
    }

    /** An element inside a strict group that names no known section or group. */
    public record Unknown(String path, XmlElement element) {
    }

    private final XmlDocument document;
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final List<Unknown> unknown = new ArrayList<>();

    private SectionIndex(XmlDocument document) {
        this.document = document;
    }

    public static SectionIndex of(XmlDocument document, ConfigSchema schema) {
        SectionIndex index = new SectionIndex(document);
        for (XmlElement top : document.root().children()) {
            if (top.name().equals("location")) {
                String path = normalizeLocation(top.value("path"));
                for (XmlElement group : top.children()) {
                    index.walk(schema, group.name(), group, path, top);
                }
            } else {
                index.walk(schema, top.name(), top, "", null);
            }
        }
        return index;
    }

    private void walk(ConfigSchema schema, String path, XmlElement element, String locationPath, XmlElement location) {
        Optional<SectionSchema> section = schema.section(path);
        if (section.isPresent()) {
            occurrences.add(new Occurrence(section.get(), element, locationPath, location));
        } else if (schema.isGroup(path)) {
            for (XmlElement child : element.children()) {
                walk(schema, path + "/" + child.name(), child, locationPath, location);
            }
        } else if (path.startsWith(STRICT_GROUP + "/") || path.equals(STRICT_GROUP)) {
            unknown.add(new Unknown(path, element));
        }
    }

    /**
     * This index with only the occurrences of {@code sectionPath} and none of the unknown elements: what checking that
     * one section reads ({@link SectionChecks}).
     */
    public SectionIndex onlySection(String sectionPath) {
        SectionIndex one = new SectionIndex(document);
        one.occurrences.addAll(of(sectionPath));
        return one;
    }

    /** This index with only its unknown elements: the file-level part of a check, whichever section is read. */
    SectionIndex unknownOnly() {
        SectionIndex none = new SectionIndex(document);
        none.unknown.addAll(unknown);
        return none;
    }

    /** "" for the server level ({@code path=""}, ".", "/"), else the path without surrounding slashes. */
    public static String normalizeLocation(String raw) {
        if (raw == null) {
            return "";
        }
        String p = raw.trim().replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.equals(".") ? "" : p;
    }

    /**
     * The location paths whose sections apply at {@code locationPath}, least specific first: the server level, the
     * site, then each folder on the way ("Site/a/b" → "", "Site", "Site/a", "Site/a/b").
     */
    public static List<String> locationLevels(String locationPath) {
        String path = normalizeLocation(locationPath);
        List<String> levels = new ArrayList<>();
        levels.add("");
        if (path.isEmpty()) {
            return levels;
        }
        String prefix = "";
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                prefix = prefix.isEmpty() ? segment : prefix + "/" + segment;
                levels.add(prefix);
            }
        }
        return levels;
    }

    public XmlDocument document() {
        return document;
    }

    /** Every written section, in file order. */
    public List<Occurrence> occurrences() {
        return List.copyOf(occurrences);
    }

    public List<Unknown> unknown() {
        return List.copyOf(unknown);
    }

    /** The occurrences of one section, in file order. */
    public List<Occurrence> of(String sectionPath) {
        return occurrences.stream().filter(o -> o.schema().path().equals(sectionPath)).toList();
    }

    /** The server-level occurrence of a section, if written. */
    public Optional<XmlElement> serverLevel(String sectionPath) {
        return of(sectionPath).stream().filter(Occurrence::atServerLevel).map(Occurrence::element).findFirst();
    }

    /** The occurrences of a section at exactly one location path (compared as {@link PathKey} says). */
    public List<XmlElement> atLocation(String sectionPath, String locationPath) {
        String wanted = PathKey.of(locationPath);
        return of(sectionPath).stream()
                .filter(o -> PathKey.of(o.locationPath()).equals(wanted))
                .map(Occurrence::element).toList();
    }
}
