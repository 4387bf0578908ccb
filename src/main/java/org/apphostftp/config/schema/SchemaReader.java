package org.apphostftp.config.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads the schema notation described at the top of {@code schema/ftp_schema.xml}. */
final class SchemaReader {

    private SchemaReader() {
    }

    static ConfigSchema read(InputStream in) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the schema file is not well-formed: " + e.getMessage(), e);
        }
        List<SectionSchema> sections = new ArrayList<>();
        for (Element section : children(root, "sectionSchema")) {
            String path = section.getAttribute("name");
            String elementName = path.substring(path.lastIndexOf('/') + 1);
            boolean appHostOnly = "AppHostOnly".equals(section.getAttribute("allowDefinition"));
            sections.add(new SectionSchema(path, appHostOnly, element(elementName, section)));
        }
        return new ConfigSchema(sections);
    }

    private static ElementSchema element(String name, Element e) {
        return element(name, e, e.getAttribute("description"));
    }

    private static ElementSchema element(String name, Element e, String description) {
        List<AttributeSchema> attributes = new ArrayList<>();
        List<ElementSchema> children = new ArrayList<>();
        List<MethodSchema> methods = new ArrayList<>();
        CollectionSchema collection = null;
        for (Element c : children(e, null)) {
            switch (c.getTagName()) {
                case "attribute" -> attributes.add(attribute(c));
                case "element" -> children.add(element(c.getAttribute("name"), c));
                case "method" -> methods.add(method(c));
                case "collection" -> {
                    if (collection != null) {
                        throw new IllegalStateException("element " + name + " declares two collections");
                    }
                    collection = collection(c);
                }
                default -> throw new IllegalStateException("unknown schema tag <" + c.getTagName() + "> in " + name);
            }
        }
        return new ElementSchema(name, attributes, children, collection, methods, flag(e, "runtime"),
                flag(e, "allowUnrecognizedAttributes"), flag(e, "allowUnrecognizedElements"), description);
    }

    private static MethodSchema method(Element m) {
        ElementSchema input = empty("input");
        ElementSchema output = empty("output");
        for (Element c : children(m, null)) {
            switch (c.getTagName()) {
                case "inputElement" -> input = element("input", c);
                case "outputElement" -> output = element("output", c);
                default -> throw new IllegalStateException("unknown schema tag <" + c.getTagName() + "> in method "
                        + m.getAttribute("name"));
            }
        }
        return new MethodSchema(m.getAttribute("name"), m.getAttribute("description"), input, output);
    }

    private static ElementSchema empty(String name) {
        return new ElementSchema(name, List.of(), List.of(), null, List.of(), true, false, false, "");
    }

    private static CollectionSchema collection(Element c) {
        String addElement = c.getAttribute("addElement");
        ElementSchema item = element(addElement, c, ""); // the description belongs to the collection
        return new CollectionSchema(addElement, optional(c, "removeElement"), optional(c, "clearElement"),
                optional(c, "defaultElement"), item, flag(c, "runtime"), c.getAttribute("description"));
    }

    private static AttributeSchema attribute(Element a) {
        String name = a.getAttribute("name");
        ValueType type = ValueType.fromSchemaName(a.getAttribute("type"))
                .orElseThrow(() -> new IllegalStateException("attribute " + name + " has unknown type " + a.getAttribute("type")));
        List<NamedValue> values = new ArrayList<>();
        for (Element v : children(a, null)) {
            if (!v.getTagName().equals("enum") && !v.getTagName().equals("flag")) {
                throw new IllegalStateException("unknown schema tag <" + v.getTagName() + "> in attribute " + name);
            }
            values.add(new NamedValue(v.getAttribute("name"), Long.parseLong(v.getAttribute("value"))));
        }
        Validation validation = a.hasAttribute("validationType")
                ? new Validation(a.getAttribute("validationType"), a.getAttribute("validationParameter"))
                : Validation.NONE;
        AttributeSchema schema = new AttributeSchema(name, type, optional(a, "defaultValue"), flag(a, "required"),
                flag(a, "isUniqueKey"), flag(a, "isCombinedKey"), flag(a, "expanded"), flag(a, "encrypted"),
                flag(a, "runtime"), validation, values, a.getAttribute("description"));
        if (schema.defaultValue() != null) {
            schema.typedDefault(); // a default that does not parse is a schema bug: fail at load
        }
        return schema;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && (tag == null || el.getTagName().equals(tag))) {
                out.add(el);
            }
        }
        return out;
    }

    private static boolean flag(Element e, String attribute) {
        return "true".equals(e.getAttribute(attribute));
    }

    private static String optional(Element e, String attribute) {
        return e.hasAttribute(attribute) ? e.getAttribute(attribute) : null;
    }
}
