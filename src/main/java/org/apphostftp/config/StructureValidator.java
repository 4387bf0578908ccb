package org.apphostftp.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.schema.InvalidValueException;
import org.apphostftp.config.xml.XmlAttribute;
import org.apphostftp.config.xml.XmlElement;

/**
 * Checks every written section against the schema: known elements and attributes, types, enum values, ranges,
 * required attributes, duplicate keys and elements, and that runtime parts are not written. Reports all problems.
 */
final class StructureValidator {

    private enum Mode { PLAIN, ITEM, DEFAULTS, REMOVE, CLEAR }

    private final ConfigSchema schema;
    private final List<Problem> problems;

    StructureValidator(ConfigSchema schema, List<Problem> problems) {
        this.schema = schema;
        this.problems = problems;
    }

    void validate(SectionIndex index) {
        for (SectionIndex.Unknown u : index.unknown()) {
            String group = u.path().substring(0, u.path().lastIndexOf('/') < 0 ? 0 : u.path().lastIndexOf('/'));
            List<String> known = schema.sections().keySet().stream().filter(p -> p.startsWith(group + "/"))
                    .map(p -> p.substring(group.length() + 1).split("/")[0]).distinct().toList();
            error(u.element().location(), "unknown section '" + u.path() + "'"
                    + Suggestions.didYouMean(u.element().name(), known));
        }
        Map<String, XmlElement> seen = new HashMap<>();
        for (SectionIndex.Occurrence o : index.occurrences()) {
            String sectionPath = o.schema().path();
            Context context = o.atServerLevel() ? Context.of(sectionPath)
                    : Context.of("location '" + o.locationPath() + "': " + sectionPath);
            if (!o.atServerLevel() && o.schema().appHostOnly()) {
                error(o.element().location(), context.message("this section can only be set at the server level, "
                        + "not inside <location path=\"" + o.locationPath() + "\">"));
                continue;
            }
            XmlElement first = seen.putIfAbsent(sectionPath + "\u0000" + org.apphostftp.config.effective.PathKey.of(o.locationPath()), o.element());
            if (first != null) {
                error(o.element().location(), context.message("the section is written twice (first at line "
                        + first.location().line() + "); IIS refuses duplicate sections"));
                continue;
            }
            element(o.schema().root(), o.element(), context, Mode.PLAIN);
        }
    }

    private void element(ElementSchema s, XmlElement e, Context context, Mode mode) {
        if (s.runtime()) {
            runtime(s, e, context);
            return;
        }
        attributes(s, e, context, mode);
        if (mode == Mode.ITEM) {
            for (AttributeSchema a : s.attributes().values()) {
                if (a.required() && !a.runtime() && e.attribute(a.name()).isEmpty()) {
                    error(e.location(), context.message("<" + e.name() + "> is missing the required attribute '" + a.name() + "'"));
                }
            }
        }
        if (mode == Mode.REMOVE && s.keyAttributes().stream().noneMatch(k -> e.attribute(k.name()).isPresent())) {
            error(e.location(), context.message("<" + e.name() + "> must name the entry to remove by "
                    + String.join(" or ", s.keyAttributes().stream().map(AttributeSchema::name).toList())));
        }
        if (mode == Mode.REMOVE || mode == Mode.CLEAR) {
            for (XmlElement c : e.children()) {
                error(c.location(), context.message("<" + e.name() + "> cannot contain elements"));
            }
            return;
        }
        children(s, e, context);
    }

    private void attributes(ElementSchema s, XmlElement e, Context context, Mode mode) {
        for (XmlAttribute written : e.attributes()) {
            if (GeneralAttributes.isGeneral(written.name())) {
                GeneralAttributes.problem(written).ifPresent(p -> error(written.location(), context.message(p)));
                continue;
            }
            Optional<AttributeSchema> a = s.attribute(written.name());
            if (a.isEmpty()) {
                if (!s.allowUnrecognizedAttributes() && !written.name().startsWith("xmlns")) {
                    error(written.location(), context.message("unknown attribute '" + written.name() + "' on <" + e.name() + ">"
                            + Suggestions.didYouMean(written.name(), s.attributes().keySet())));
                }
                continue;
            }
            if (a.get().runtime()) {
                error(written.location(), context.message("attribute '" + written.name()
                        + "' is runtime data filled by the running server and cannot be configured"));
                continue;
            }
            if (mode == Mode.CLEAR) {
                error(written.location(), context.message("<" + e.name() + "> takes no attributes"));
                continue;
            }
            // a <remove> may repeat other attributes of the item, as IIS accepts: checked for their type, not used to match
            try {
                AttributeValues.parse(a.get(), written.value());
            } catch (InvalidValueException ex) {
                error(written.location(), context.message("attribute '" + written.name() + "' " + ex.getMessage()));
            }
        }
    }

    private void children(ElementSchema s, XmlElement e, Context context) {
        Optional<CollectionSchema> collection = s.collection();
        Map<String, XmlElement> singles = new HashMap<>();
        Map<String, XmlElement> keys = new HashMap<>();
        for (XmlElement c : e.children()) {
            Optional<ElementSchema> childSchema = s.child(c.name());
            if (childSchema.isPresent()) {
                XmlElement first = singles.putIfAbsent(c.name(), c);
                if (first != null) {
                    error(c.location(), context.message("<" + c.name() + "> is written twice in <" + e.name()
                            + "> (first at line " + first.location().line() + ")"));
                    continue;
                }
                element(childSchema.get(), c, context.child(c.name()), Mode.PLAIN);
            } else if (collection.isPresent() && isVerb(collection.get(), c.name())) {
                collectionChild(collection.get(), c, context, keys);
            } else if (!s.allowUnrecognizedElements()) {
                List<String> known = new ArrayList<>(s.children().keySet());
                collection.ifPresent(col -> {
                    known.add(col.addElement());
                    col.remove().ifPresent(known::add);
                    col.clear().ifPresent(known::add);
                    col.defaults().ifPresent(known::add);
                });
                error(c.location(), context.message("unknown element <" + c.name() + "> in <" + e.name() + ">"
                        + Suggestions.didYouMean(c.name(), known)));
            }
        }
    }

    private static boolean isVerb(CollectionSchema col, String name) {
        return name.equals(col.addElement()) || col.remove().filter(name::equals).isPresent()
                || col.clear().filter(name::equals).isPresent() || col.defaults().filter(name::equals).isPresent();
    }

    private void collectionChild(CollectionSchema col, XmlElement c, Context context, Map<String, XmlElement> keys) {
        ElementSchema item = col.itemSchema();
        if (c.name().equals(col.addElement())) {
            if (col.runtime()) {
                runtime(item, c, context);
                return;
            }
            String key = ResolvedElement.key(item, c);
            XmlElement first = keys.putIfAbsent(key, c);
            Context itemContext = itemContext(col, c, context);
            if (first != null && !item.keyAttributes().isEmpty()) {
                error(c.location(), itemContext.message("duplicate <" + c.name() + "> with the same "
                        + keyNames(item) + " as line " + first.location().line()));
                return;
            }
            element(item, c, itemContext, Mode.ITEM);
        } else if (col.remove().filter(c.name()::equals).isPresent()) {
            element(item, c, context.child(c.name()), Mode.REMOVE);
        } else if (col.clear().filter(c.name()::equals).isPresent()) {
            element(item, c, context.child(c.name()), Mode.CLEAR);
        } else {
            element(item, c, col.addElement().equals("site") ? Context.of(c.name()) : context.child(c.name()), Mode.DEFAULTS);
        }
    }

    /** Sites start a new anchor ("site 'alpha'"); other items add "name 'key'" to the path. */
    private static Context itemContext(CollectionSchema col, XmlElement c, Context context) {
        List<String> keyValues = col.itemSchema().keyAttributes().stream()
                .map(a -> c.value(a.name())).filter(v -> v != null && !v.isEmpty()).toList();
        String label = keyValues.isEmpty() ? c.name() : c.name() + " '" + String.join(" ", keyValues) + "'";
        if (col.addElement().equals("site")) {
            String name = c.value("name");
            return Context.of(name != null ? "site '" + name + "'" : "site at line " + c.location().line());
        }
        return context.child(label);
    }

    private static String keyNames(ElementSchema item) {
        return String.join(", ", item.keyAttributes().stream().map(AttributeSchema::name).toList());
    }

    private void runtime(ElementSchema s, XmlElement e, Context context) {
        if (s.collection().isPresent() && e.attributes().isEmpty()) {
            for (XmlElement item : e.children()) { // an empty <sessions/> is harmless; its items are not
                runtimeError(item, context);
            }
            return;
        }
        runtimeError(e, context);
    }

    private void runtimeError(XmlElement e, Context context) {
        error(e.location(), context.message("<" + e.name() + "> is runtime data (the live state of the server) "
                + "and cannot be written in the configuration file"));
    }

    private void error(Location location, String message) {
        problems.add(Problem.error(location, message));
    }
}
