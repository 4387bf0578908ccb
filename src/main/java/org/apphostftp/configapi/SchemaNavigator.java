package org.apphostftp.configapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.schema.SectionSchema;

/** Finds schema elements by path: a section path, then child, collection item and defaultElement names. */
final class SchemaNavigator {

    /** How a step leads from an element to the next. */
    enum StepKind { CHILD, ITEM, DEFAULTS }

    private SchemaNavigator() {
    }

    /** The longest prefix of {@code names} that is a section, as the number of names it uses (0 when none). */
    static int sectionLength(ConfigSchema schema, List<String> names) {
        for (int n = names.size(); n > 0; n--) {
            if (schema.section(String.join("/", names.subList(0, n))).isPresent()) {
                return n;
            }
        }
        return 0;
    }

    /** How {@code name} is reached from {@code parent}, if it is one of its children, items or defaults. */
    static Optional<StepKind> step(ElementSchema parent, String name) {
        if (parent.child(name).isPresent()) {
            return Optional.of(StepKind.CHILD);
        }
        Optional<CollectionSchema> c = parent.collection();
        if (c.isPresent() && c.get().addElement().equals(name)) {
            return Optional.of(StepKind.ITEM);
        }
        if (c.isPresent() && c.get().defaults().filter(name::equals).isPresent()) {
            return Optional.of(StepKind.DEFAULTS);
        }
        return Optional.empty();
    }

    /** The schema reached by a step of that kind. */
    static ElementSchema next(ElementSchema parent, String name, StepKind kind) {
        return switch (kind) {
            case CHILD -> parent.child(name).orElseThrow();
            case ITEM, DEFAULTS -> parent.collection().orElseThrow().itemSchema();
        };
    }

    /** Every name a step from {@code parent} may use (for "did you mean"). */
    static List<String> stepNames(ElementSchema parent) {
        List<String> names = new ArrayList<>(parent.children().keySet());
        parent.collection().ifPresent(c -> {
            names.add(c.addElement());
            c.defaults().ifPresent(names::add);
        });
        return names;
    }

    /** The element at a schema path such as {@code system.applicationHost/sites/site/ftpServer}. */
    static Optional<ElementSchema> element(ConfigSchema schema, String path) {
        List<String> names = List.of(path.replaceAll("^/+|/+$", "").split("/"));
        int n = sectionLength(schema, names);
        if (n == 0) {
            return Optional.empty();
        }
        SectionSchema section = schema.section(String.join("/", names.subList(0, n))).orElseThrow();
        ElementSchema current = section.root();
        for (String name : names.subList(n, names.size())) {
            Optional<StepKind> kind = step(current, name);
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            current = next(current, name, kind.get());
        }
        return Optional.of(current);
    }
}
