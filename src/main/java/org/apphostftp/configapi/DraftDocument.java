package org.apphostftp.configapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apphostftp.config.SectionIndex;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.SectionSchema;
import org.apphostftp.config.xml.Edit;
import org.apphostftp.config.xml.XmlAttribute;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlElement;

/**
 * The configuration file being edited: a copy of its element tree that the API changes, the sections written in it
 * (found by {@link SectionIndex} in the file, plus those the API creates), and the {@link Edit}s that turn the file
 * into the copy.
 */
final class DraftDocument {

    /** A section written in the draft: where, and its element. */
    private record Section(String sectionPath, String locationPath, DraftElement element) {
    }

    private static final String LOCATION = "location";

    private final XmlDocument document;
    private final DraftElement root;
    private final List<Section> sections = new ArrayList<>();

    private DraftDocument(XmlDocument document, DraftElement root) {
        this.document = document;
        this.root = root;
    }

    static DraftDocument of(XmlDocument document, ConfigSchema schema) {
        Map<XmlElement, DraftElement> copies = new IdentityHashMap<>();
        DraftDocument draft = new DraftDocument(document, DraftElement.copyOf(document.root(), copies));
        for (SectionIndex.Occurrence o : SectionIndex.of(document, schema).occurrences()) {
            draft.sections.add(new Section(o.schema().path(), o.locationPath(), copies.get(o.element())));
        }
        return draft;
    }

    XmlDocument document() {
        return document;
    }

    /** The section written at exactly {@code locationPath} (compared without regard to case), or null. */
    DraftElement section(String sectionPath, String locationPath) {
        String wanted = locationPath.toLowerCase(Locale.ROOT);
        for (Section s : sections) {
            if (s.sectionPath().equals(sectionPath) && s.locationPath().toLowerCase(Locale.ROOT).equals(wanted)
                    && s.element().isUnder(root)) {
                return s.element();
            }
        }
        return null;
    }

    /**
     * Writes an empty section at {@code locationPath}: inside the {@code <location path>} element (created at the end
     * of the file when missing) or at the top level, creating its section groups as needed.
     */
    DraftElement createSection(SectionSchema schema, String locationPath) {
        DraftElement container = locationPath.isEmpty() ? root : location(locationPath);
        String[] names = schema.path().split("/");
        DraftElement parent = container;
        for (int i = 0; i < names.length; i++) {
            int existing = i < names.length - 1 ? parent.indexOf(names[i]) : -1;
            if (existing >= 0) {
                parent = parent.children().get(existing);
            } else if (parent == root) {
                int firstLocation = root.indexOf(LOCATION); // IIS keeps section groups before the location elements
                parent = root.insert(names[i], firstLocation < 0 ? root.children().size() : firstLocation);
            } else {
                parent = parent.append(names[i]);
            }
        }
        sections.add(new Section(schema.path(), locationPath, parent));
        declare(schema.path());
        return parent;
    }

    /**
     * In a file that declares its sections ({@code <configSections>}, as every file IIS writes), declares the FTP
     * section just written the way IIS's FTP role does: the whole system.ftpServer group when it is missing (an IIS
     * Express or web-only file), else the one missing section. A file without configSections is left as it is.
     */
    private void declare(String sectionPath) {
        int at = root.indexOf("configSections");
        if (at < 0 || SectionDeclarations.of(sectionPath).isEmpty()) {
            return;
        }
        DraftElement configSections = root.children().get(at);
        DraftElement group = sectionGroup(configSections, SectionDeclarations.GROUP);
        if (group == null) {
            group = configSections.append("sectionGroup");
            group.set("name", SectionDeclarations.GROUP);
            for (Map.Entry<String, Map<String, String>> s : SectionDeclarations.all().entrySet()) {
                declareIn(group, s.getKey(), s.getValue());
            }
            return;
        }
        String below = sectionPath.substring(SectionDeclarations.GROUP.length() + 1);
        declareIn(group, below, SectionDeclarations.of(sectionPath).orElseThrow());
    }

    /** Declares {@code relativePath} ("log", "security/authorization") in {@code group} unless it is declared. */
    private static void declareIn(DraftElement group, String relativePath, Map<String, String> attributes) {
        String[] names = relativePath.split("/");
        DraftElement parent = group;
        for (int i = 0; i < names.length - 1; i++) {
            DraftElement sub = sectionGroup(parent, names[i]);
            if (sub == null) {
                sub = parent.append("sectionGroup");
                sub.set("name", names[i]);
            }
            parent = sub;
        }
        String name = names[names.length - 1];
        for (DraftElement c : parent.children()) {
            if (c.name().equals("section") && name.equals(c.value("name"))) {
                return;
            }
        }
        DraftElement section = parent.append("section");
        section.set("name", name);
        attributes.forEach(section::set);
    }

    private static DraftElement sectionGroup(DraftElement parent, String name) {
        for (DraftElement c : parent.children()) {
            if (c.name().equals("sectionGroup") && name.equals(c.value("name"))) {
                return c;
            }
        }
        return null;
    }

    private DraftElement location(String locationPath) {
        for (DraftElement c : root.children()) {
            if (c.name().equals(LOCATION) && SectionIndex.normalizeLocation(c.value("path")).equalsIgnoreCase(locationPath)) {
                return c;
            }
        }
        DraftElement location = root.append(LOCATION);
        location.set("path", locationPath);
        return location;
    }

    /** The edits that turn the file as read into the draft, in document order. */
    List<Edit> edits() {
        List<Edit> edits = new ArrayList<>();
        diff(root, edits);
        return edits;
    }

    private static void diff(DraftElement draft, List<Edit> edits) {
        XmlElement original = draft.original();
        for (Map.Entry<String, String> a : draft.attributes().entrySet()) {
            if (!a.getValue().equals(original.value(a.getKey()))) {
                edits.add(new Edit.SetAttribute(original, a.getKey(), a.getValue()));
            }
        }
        for (XmlAttribute a : original.attributes()) {
            if (draft.value(a.name()) == null) {
                edits.add(new Edit.RemoveAttribute(original, a.name()));
            }
        }
        Set<XmlElement> kept = new HashSet<>();
        for (DraftElement c : draft.children()) {
            if (c.original() != null) {
                kept.add(c.original());
            }
        }
        for (XmlElement c : original.children()) {
            if (!kept.contains(c)) {
                edits.add(new Edit.RemoveElement(c));
            }
        }
        List<DraftElement> children = draft.children();
        for (int i = 0; i < children.size(); i++) {
            DraftElement c = children.get(i);
            if (c.original() != null) {
                diff(c, edits);
            } else {
                edits.add(new Edit.AddElement(original, c.name(), attributes(c),
                        newChildren(c), nextWritten(children, i)));
            }
        }
    }

    /** The next sibling after {@code index} that is in the file: a new element is inserted before it. */
    private static XmlElement nextWritten(List<DraftElement> siblings, int index) {
        for (int j = index + 1; j < siblings.size(); j++) {
            if (siblings.get(j).original() != null) {
                return siblings.get(j).original();
            }
        }
        return null;
    }

    private static List<Edit.NewElement> newChildren(DraftElement parent) {
        List<Edit.NewElement> out = new ArrayList<>();
        for (DraftElement c : parent.children()) {
            out.add(new Edit.NewElement(c.name(), attributes(c), newChildren(c)));
        }
        return out;
    }

    private static List<Map.Entry<String, String>> attributes(DraftElement e) {
        return e.attributes().entrySet().stream().map(a -> Map.entry(a.getKey(), a.getValue())).toList();
    }
}
