package org.apphostftp.config;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apphostftp.config.effective.PathKey;
import org.apphostftp.config.jaxb.ConfigurationXml;
import org.apphostftp.config.jaxb.JaxbView;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlElement;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Binds a document into the typed model once, on load. Every typed object is tied to the element it was read from
 * (found by the tag's offset in the text, which {@link XmlElement} keeps too), so its messages name the same
 * {@code FILE:LINE:COL} as the validators'. A value the binder cannot convert is a problem at its element, never a
 * silently missing value.
 */
final class TypedBinder {

    private TypedBinder() {
    }

    /** The typed document, or empty when a value could not be bound (the reasons are added to {@code problems}). */
    static Optional<TypedDocument> bind(XmlDocument document, ConfigSchema schema, List<Problem> problems) {
        Map<Integer, XmlElement> byStart = new HashMap<>();
        index(document.root(), byStart);
        int before = problems.size();
        Deque<XmlElement> current = new ArrayDeque<>();
        try {
            XMLStreamReader2 reader = (XMLStreamReader2) new SafeXmlReader().streamReader(document.text());
            Unmarshaller u = JaxbView.context().createUnmarshaller();
            Map<Object, XmlElement> seen = new java.util.IdentityHashMap<>();
            List<TypedDocument.Section> sections = new ArrayList<>();
            u.setListener(new Unmarshaller.Listener() {
                @Override
                public void beforeUnmarshal(Object target, Object parent) {
                    XmlElement element = byStart.get((int) reader.getLocationInfo().getStartingCharOffset());
                    if (element != null) {
                        seen.put(target, element);
                        current.push(element);
                        section(schema, element, target).ifPresent(sections::add);
                    }
                }

                @Override
                public void afterUnmarshal(Object target, Object parent) {
                    if (seen.containsKey(target)) {
                        current.pop();
                    }
                }
            });
            u.setEventHandler(event -> {
                // an element the model does not hold is the validators' business (they allow what IIS keeps); only a
                // value that failed to convert carries an exception
                if (event.getSeverity() != ValidationEvent.WARNING && event.getLinkedException() != null) {
                    problems.add(Problem.error(where(document, current.peek(), event), "cannot read the value: " + reason(event)));
                }
                return true;
            });
            ConfigurationXml model = u.unmarshal(reader, ConfigurationXml.class).getValue();
            TypedDocument typed = new TypedDocument(document, model);
            seen.forEach(typed::remember);
            sections.forEach(typed::addSection);
            return problems.size() > before ? Optional.empty() : Optional.of(typed);
        } catch (IllegalArgumentException e) {
            // what a number or an adapter throws for an attribute it cannot read: the binder stops at that element
            problems.add(Problem.error(current.isEmpty() ? document.root().location() : current.peek().location(),
                    "cannot read the value: " + e.getMessage()));
            return Optional.empty();
        } catch (JAXBException | XMLStreamException e) {
            problems.add(Problem.error(document.root().location(), "cannot read the configuration: " + e.getMessage()));
            return Optional.empty();
        }
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

    private static Location where(XmlDocument document, XmlElement element, ValidationEvent event) {
        if (element != null) {
            return element.location();
        }
        var locator = event.getLocator();
        return locator == null || locator.getLineNumber() < 1 ? Location.ofFile(document.displayName())
                : new Location(document.displayName(), locator.getLineNumber(), Math.max(locator.getColumnNumber(), 1));
    }

    private static String reason(ValidationEvent event) {
        Throwable cause = event.getLinkedException();
        while (cause != null && cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause != null && cause.getMessage() != null ? cause.getMessage() : event.getMessage();
        return message == null ? "invalid value" : message;
    }
}
