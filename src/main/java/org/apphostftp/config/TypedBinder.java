package org.apphostftp.config;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.effective.PathKey;
import org.apphostftp.config.jaxb.ConfigurationXml;
import org.apphostftp.config.typed.TypedModelBinder;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlElement;

/**
 * Binds a document into the typed model once, on load, from the element tree the parser made (with the generated
 * {@link TypedModelBinder}: no second parse, no JAXB context). Every typed object is tied to the element it was read
 * from, so its messages name the same {@code FILE:LINE:COL} as the validators'. A value the binder cannot convert is a
 * problem at its element, never a silently missing value.
 */
final class TypedBinder {

    private TypedBinder() {
    }

    /** The typed document, or empty when a value could not be bound (the reasons are added to {@code problems}). */
    static Optional<TypedDocument> bind(XmlDocument document, ConfigSchema schema, List<Problem> problems) {
        int before = problems.size();
        Map<Object, XmlElement> seen = new IdentityHashMap<>();
        List<TypedDocument.Section> sections = new ArrayList<>();
        ConfigurationXml model = TypedModelBinder.configuration(document.root(), new TypedModelBinder.Listener() {
            @Override
            public void bound(Object typed, XmlElement element) {
                seen.put(typed, element);
                section(schema, element, typed).ifPresent(sections::add);
            }

            @Override
            public void unreadable(XmlElement element, String reason) {
                // an element the model does not hold is the validators' business (they allow what IIS keeps); the
                // binder only reports a value it cannot convert
                problems.add(Problem.error(element.location(), "cannot read the value: " + (reason == null ? "invalid value" : reason)));
            }
        });
        if (problems.size() > before) {
            return Optional.empty();
        }
        TypedDocument typed = new TypedDocument(document, model);
        seen.forEach(typed::remember);
        sections.forEach(typed::addSection);
        return Optional.of(typed);
    }

    /** The section {@code target} is, if it is one: its path from the root or its {@code <location>}, and where. */
    private static Optional<TypedDocument.Section> section(ConfigSchema schema, XmlElement element, Object target) {
        StringBuilder path = new StringBuilder(element.name());
        XmlElement e = element.parent();
        while (e != null && e.parent() != null && !e.name().equals("location")) {
            path.insert(0, e.name() + "/");
            e = e.parent();
        }
        if (e == null || schema.section(path.toString()).isEmpty()) {
            return Optional.empty();
        }
        String location = e.name().equals("location") && e.parent() != null && e.parent().parent() == null
                ? PathKey.of(SectionIndex.normalizeLocation(e.value("path"))) : "";
        return Optional.of(new TypedDocument.Section(path.toString(), location, target));
    }

    private static void index(XmlElement element, Map<Integer, XmlElement> byStart) {
        byStart.put(element.start(), element);
        for (XmlElement child : element.children()) {
            index(child, byStart);
        }
    }
}
