package org.apphostftp.configapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Renders elements as JSON (Jackson nodes) or XML (the applicationHost.config element shape), runtime parts filled.
 * The one rendering shared by the config API, the CLI and the HTTP endpoint.
 *
 * <p>JSON: an element is an object of its attributes; a child element is a key holding an object; the items of a
 * collection are an array under their element name. uint, int and int64 are numbers, bool is a boolean, enums and
 * flags are their names, time spans {@code hh:mm:ss} text.
 *
 * <p>What is shown, as {@code appcmd list config} shows it: attributes that are written (in the element or inherited
 * from siteDefaults or a less specific location), and every runtime attribute that has a value; elements and
 * collections with something to show; runtime collections always, even when empty. {@link #withDefaults()} adds
 * every attribute that has a schema default and every element (as {@code appcmd /config:*}). Parts of an IIS file
 * that the schema does not know are shown as written.
 */
public final class ConfigurationRenderer {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final boolean includeDefaults;

    private ConfigurationRenderer(boolean includeDefaults) {
        this.includeDefaults = includeDefaults;
    }

    /** Written and runtime values only. */
    public static ConfigurationRenderer standard() {
        return new ConfigurationRenderer(false);
    }

    /** Also every schema default. */
    public static ConfigurationRenderer withDefaults() {
        return new ConfigurationRenderer(true);
    }

    // ------------------------------------------------------------------------------------------ JSON

    /** The element wrapped in its name: {@code {"sites": {"site": [...]}}}. */
    public ObjectNode toJson(ConfigurationElement element) {
        ObjectNode wrapper = JSON.objectNode();
        wrapper.set(element.getElementTagName(), toJsonObject(element));
        return wrapper;
    }

    /** The element's own object: its attributes, child elements and items. */
    public ObjectNode toJsonObject(ConfigurationElement element) {
        return render(new JsonSink(), element.node, null);
    }

    /** Only the named attributes of the element (those with a value), without child elements: a projection. */
    public ObjectNode toJsonObject(ConfigurationElement element, Collection<String> attributes) {
        return render(new JsonSink(), element.node, Set.copyOf(attributes));
    }

    /** Each element's object, in order (for example the sessions of several sites). */
    public ArrayNode toJsonArray(Iterable<? extends ConfigurationElement> elements) {
        ArrayNode array = JSON.arrayNode();
        elements.forEach(e -> array.add(toJsonObject(e)));
        return array;
    }

    /** Each element projected on the named attributes. */
    public ArrayNode toJsonArray(Iterable<? extends ConfigurationElement> elements, Collection<String> attributes) {
        Set<String> names = Set.copyOf(attributes);
        ArrayNode array = JSON.arrayNode();
        elements.forEach(e -> array.add(render(new JsonSink(), e.node, names)));
        return array;
    }

    // ------------------------------------------------------------------------------------------ XML

    /** The element as indented XML text, as it would be written in the file. */
    public String toXml(ConfigurationElement element) {
        Document document = newDocument();
        document.appendChild(toXmlElement(document, element));
        return xmlText(document);
    }

    /** The elements inside a {@code <rootName>} element: {@code <sessions><session .../>...</sessions>}. */
    public String toXml(String rootName, Iterable<? extends ConfigurationElement> elements) {
        Document document = newDocument();
        Element root = document.createElement(rootName);
        elements.forEach(e -> root.appendChild(toXmlElement(document, e)));
        document.appendChild(root);
        return xmlText(document);
    }

    /** The element as a DOM element of {@code document}, to compose larger answers. */
    public Element toXmlElement(Document document, ConfigurationElement element) {
        return render(new XmlSink(document), element.node, null);
    }

    /** Only the named attributes of the element, as a DOM element of {@code document}. */
    public Element toXmlElement(Document document, ConfigurationElement element, Collection<String> attributes) {
        return render(new XmlSink(document), element.node, Set.copyOf(attributes));
    }

    /** An empty DOM document for {@link #toXmlElement}. */
    public static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configurable: " + e.getMessage(), e);
        }
    }

    /** A DOM document as indented XML text without declaration. */
    public static String xmlText(Document document) {
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = f.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------ the walk

    /** Where a rendering goes: Jackson nodes or DOM elements. */
    private interface Sink<T> {
        T element(String name);

        void attribute(T element, AttributeSchema schema, Object value);

        void text(T element, String name, String value);

        void child(T parent, String name, T child);

        void items(T parent, String itemName, List<T> items);

        boolean isEmpty(T element);
    }

    private <T> T render(Sink<T> sink, Node node, Set<String> projection) {
        T out = sink.element(node.name);
        boolean runtime = node.hasRuntime();
        for (AttributeSchema a : node.schema.attributes().values()) {
            if ((projection == null || projection.contains(a.name())) && (!a.runtime() || runtime)) {
                Object value = node.value(a);
                if (value != null && (a.runtime() || includeDefaults || !node.fromDefault(a))) {
                    sink.attribute(out, a, value);
                }
            }
        }
        if (projection != null) {
            return out;
        }
        node.unrecognizedAttributes().forEach((n, v) -> sink.text(out, n, v));
        ElementSchema schema = node.schema;
        for (Map.Entry<String, ElementSchema> c : schema.children().entrySet()) {
            ElementSchema childSchema = c.getValue();
            if (!childSchema.runtime() || runtime) {
                T child = render(sink, node.child(c.getKey(), SchemaNavigator.StepKind.CHILD), null);
                if (childSchema.runtime() || includeDefaults || !sink.isEmpty(child)) {
                    sink.child(out, c.getKey(), child);
                }
            }
        }
        schema.collection().ifPresent(collection -> renderCollection(sink, node, collection, out));
        renderWrittenChildren(sink, out, node.unrecognizedChildren());
        return out;
    }

    private <T> void renderCollection(Sink<T> sink, Node node, CollectionSchema collection, T out) {
        if (collection.defaults().isPresent()) {
            String defaultsName = collection.defaults().get();
            T defaults = render(sink, node.child(defaultsName, SchemaNavigator.StepKind.DEFAULTS), null);
            if (includeDefaults || !sink.isEmpty(defaults)) {
                sink.child(out, defaultsName, defaults);
            }
        }
        boolean runtime = collection.runtime() || !(node instanceof ConfiguredNode);
        if (runtime && !node.hasRuntime()) {
            return;
        }
        List<Node> items = node.items();
        if (!items.isEmpty() || runtime || includeDefaults) {
            List<T> rendered = new ArrayList<>(items.size());
            for (Node item : items) {
                rendered.add(render(sink, item, null));
            }
            sink.items(out, collection.addElement(), rendered);
        }
    }

    private static Map<String, List<DraftElement>> groupUnknown(List<DraftElement> elements) {
        Map<String, List<DraftElement>> byName = new LinkedHashMap<>();
        elements.forEach(e -> byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e));
        return byName;
    }

    /** An element the schema does not know, as written: attributes as text, children alike. */
    private static <T> T renderWritten(Sink<T> sink, DraftElement element) {
        T out = sink.element(element.name());
        element.attributes().forEach((n, v) -> sink.text(out, n, v));
        renderWrittenChildren(sink, out, element.children());
        return out;
    }

    /** One element of a name is a child; several are items (a JSON array). */
    private static <T> void renderWrittenChildren(Sink<T> sink, T out, List<DraftElement> children) {
        for (Map.Entry<String, List<DraftElement>> group : groupUnknown(children).entrySet()) {
            if (group.getValue().size() == 1) {
                sink.child(out, group.getKey(), renderWritten(sink, group.getValue().get(0)));
            } else {
                sink.items(out, group.getKey(), group.getValue().stream().map(c -> renderWritten(sink, c)).toList());
            }
        }
    }

    private static final class JsonSink implements Sink<ObjectNode> {
        @Override
        public ObjectNode element(String name) {
            return JSON.objectNode();
        }

        @Override
        public void attribute(ObjectNode element, AttributeSchema schema, Object value) {
            element.set(schema.name(), json(schema, value));
        }

        private static JsonNode json(AttributeSchema schema, Object value) {
            return switch (schema.type()) {
                case BOOL -> JSON.booleanNode((Boolean) value);
                case INT -> JSON.numberNode((Integer) value);
                case UINT, INT64 -> JSON.numberNode((Long) value);
                case TIME_SPAN -> JSON.textNode(AttributeValues.format(schema, value));
                default -> JSON.textNode(value.toString());
            };
        }

        @Override
        public void text(ObjectNode element, String name, String value) {
            element.put(name, value);
        }

        @Override
        public void child(ObjectNode parent, String name, ObjectNode child) {
            parent.set(name, child);
        }

        @Override
        public void items(ObjectNode parent, String itemName, List<ObjectNode> items) {
            ArrayNode array = parent.putArray(itemName);
            items.forEach(array::add);
        }

        @Override
        public boolean isEmpty(ObjectNode element) {
            return element.isEmpty();
        }
    }

    private static final class XmlSink implements Sink<Element> {
        private final Document document;

        XmlSink(Document document) {
            this.document = document;
        }

        @Override
        public Element element(String name) {
            return document.createElement(name);
        }

        @Override
        public void attribute(Element element, AttributeSchema schema, Object value) {
            element.setAttribute(schema.name(), AttributeValues.format(schema, value));
        }

        @Override
        public void text(Element element, String name, String value) {
            element.setAttribute(name, value);
        }

        @Override
        public void child(Element parent, String name, Element child) {
            parent.appendChild(child);
        }

        @Override
        public void items(Element parent, String itemName, List<Element> items) {
            items.forEach(parent::appendChild);
        }

        @Override
        public boolean isEmpty(Element element) {
            return !element.hasAttributes() && !element.hasChildNodes();
        }
    }
}
