package org.apphostftp.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.xml.XmlAttribute;
import org.apphostftp.config.xml.XmlElement;

/**
 * IIS's locks ({@link GeneralAttributes}) across location levels: what a less specific level (the server level, then
 * {@code <location path="Site">}, then {@code "Site/dir"}) locks, a more specific {@code <location>} may not set,
 * remove or clear. IIS refuses such a file; each override is reported at the place it is written. Locks do not act
 * between siteDefaults and a site (both are in the one sites section, as in IIS).
 */
final class LockRules {

    private final List<Problem> problems;

    LockRules(List<Problem> problems) {
        this.problems = problems;
    }

    void validate(SectionIndex index) {
        for (SectionIndex.Occurrence o : index.occurrences()) {
            if (o.atServerLevel()) {
                continue;
            }
            List<String> levels = SectionIndex.locationLevels(o.locationPath());
            List<XmlElement> above = new ArrayList<>();
            for (String level : levels.subList(0, levels.size() - 1)) {
                above.addAll(level.isEmpty() ? index.serverLevel(o.schema().path()).stream().toList()
                        : index.atLocation(o.schema().path(), level));
            }
            if (!above.isEmpty()) {
                compare(o.schema().root(), above, o.element(),
                        Context.of("location '" + o.locationPath() + "': " + o.schema().path()));
            }
        }
    }

    /** {@code element} set at this location, against the elements it corresponds to above it. */
    private void compare(ElementSchema schema, List<XmlElement> above, XmlElement element, Context context) {
        for (XmlElement locker : above) {
            attributes(schema, locker, element, context);
            elements(locker, element, context);
        }
        for (XmlElement child : element.children()) {
            Optional<ElementSchema> childSchema = schema.child(child.name());
            if (childSchema.isPresent()) {
                compare(childSchema.get(), children(above, child.name()), child, context.child(child.name()));
            } else {
                schema.collection().ifPresent(c -> collectionChild(c, above, child, context));
            }
        }
    }

    private void attributes(ElementSchema schema, XmlElement locker, XmlElement element, Context context) {
        Optional<Set<String>> locked = GeneralAttributes.names(locker, GeneralAttributes.LOCK_ATTRIBUTES);
        Optional<Set<String>> open = GeneralAttributes.names(locker, GeneralAttributes.LOCK_ALL_ATTRIBUTES_EXCEPT);
        boolean item = GeneralAttributes.lockItem(locker);
        for (XmlAttribute a : element.attributes()) {
            String name = a.name().toLowerCase(Locale.ROOT);
            boolean key = schema.attribute(a.name()).filter(s -> s.isKey()).isPresent(); // names the item, changes nothing
            if (GeneralAttributes.isGeneral(a.name()) || key) {
                continue;
            }
            if (item) {
                error(a, context, "<" + element.name() + "> is locked (lockItem) at line " + line(locker)
                        + "; its attribute '" + a.name() + "' cannot be set here");
            } else if (locked.filter(l -> l.contains(name) || l.contains("*")).isPresent()) {
                error(a, context, "attribute '" + a.name() + "' is locked (lockAttributes) at line " + line(locker)
                        + " and cannot be set here");
            } else if (open.filter(l -> !l.contains(name)).isPresent()) {
                error(a, context, "attribute '" + a.name() + "' is locked (lockAllAttributesExcept) at line "
                        + line(locker) + " and cannot be set here");
            }
        }
    }

    private void elements(XmlElement locker, XmlElement element, Context context) {
        Optional<Set<String>> locked = GeneralAttributes.names(locker, GeneralAttributes.LOCK_ELEMENTS);
        Optional<Set<String>> open = GeneralAttributes.names(locker, GeneralAttributes.LOCK_ALL_ELEMENTS_EXCEPT);
        boolean item = GeneralAttributes.lockItem(locker);
        for (XmlElement c : element.children()) {
            String name = c.name().toLowerCase(Locale.ROOT);
            String how = item ? "lockItem" : locked.filter(l -> l.contains(name) || l.contains("*")).isPresent() ? "lockElements"
                    : open.filter(l -> !l.contains(name)).isPresent() ? "lockAllElementsExcept" : null;
            if (how != null) {
                error(c.location(), context, "element <" + c.name() + "> in <" + element.name() + "> is locked (" + how
                        + ") at line " + line(locker) + " and cannot be set here");
            }
        }
    }

    private void collectionChild(CollectionSchema collection, List<XmlElement> above, XmlElement child, Context context) {
        ElementSchema item = collection.itemSchema();
        List<XmlElement> lockedItems = new ArrayList<>();
        for (XmlElement level : above) {
            for (XmlElement c : level.children(collection.addElement())) {
                if (GeneralAttributes.lockItem(c)) {
                    lockedItems.add(c);
                }
            }
        }
        String key = Inheritance.key(item, child);
        if (child.name().equals(collection.addElement())) {
            List<XmlElement> same = above.stream().flatMap(l -> l.children(collection.addElement()).stream())
                    .filter(c -> Inheritance.key(item, c).equals(key)).toList();
            compare(item, same, child, context.child(child.name()));
        } else if (collection.remove().filter(child.name()::equals).isPresent()) {
            lockedItems.stream().filter(c -> Inheritance.key(item, c).equals(key)).findFirst().ifPresent(c ->
                    error(child.location(), context, "<" + child.name() + "> cannot remove the item locked (lockItem) at line "
                            + line(c)));
        } else if (collection.clear().filter(child.name()::equals).isPresent() && !lockedItems.isEmpty()) {
            error(child.location(), context, "<" + child.name() + "> cannot clear the collection: the item at line "
                    + line(lockedItems.get(0)) + " is locked (lockItem)");
        }
    }

    private static List<XmlElement> children(List<XmlElement> elements, String name) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement e : elements) {
            out.addAll(e.children(name));
        }
        return out;
    }

    private static int line(XmlElement e) {
        return e.location().line();
    }

    private void error(XmlAttribute attribute, Context context, String message) {
        error(attribute.location(), context, message);
    }

    private void error(Location location, Context context, String message) {
        problems.add(Problem.error(location, context.message(message)));
    }
}
