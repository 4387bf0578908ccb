package org.apphostftp.config.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlElement;
import org.apphostftp.config.xml.XmlSyntaxException;

/**
 * Reads the schema notation described at the top of {@code schema/ftp_schema.xml}, with the parser that reads the
 * configuration files (a CLI command that loads the JDK's DOM parser for the schema alone spends 30-50 ms on it).
 */
final class SchemaReader {

    private SchemaReader() {
    }

    static ConfigSchema read(InputStream in) throws IOException {
        XmlElement root;
        try {
            root = new SafeXmlReader().parse(Path.of("ftp_schema.xml"), "ftp_schema.xml", in.readAllBytes()).root();
        } catch (XmlSyntaxException e) {
            throw new IllegalStateException("the schema file is not well-formed: " + e.getMessage(), e);
        }
        List<SectionSchema> sections = new ArrayList<>();
        for (XmlElement section : children(root, "sectionSchema")) {
            String path = text(section, "name");
            String elementName = path.substring(path.lastIndexOf('/') + 1);
            boolean appHostOnly = "AppHostOnly".equals(text(section, "allowDefinition"));
            sections.add(new SectionSchema(path, appHostOnly, element(elementName, section)));
        }
        return new ConfigSchema(sections);
    }

    private static ElementSchema element(String name, XmlElement e) {
        return element(name, e, text(e, "description"));
    }

    private static ElementSchema element(String name, XmlElement e, String description) {
        List<AttributeSchema> attributes = new ArrayList<>();
        List<ElementSchema> children = new ArrayList<>();
        List<MethodSchema> methods = new ArrayList<>();
        CollectionSchema collection = null;
        for (XmlElement c : children(e, null)) {
            switch (c.name()) {
                case "attribute" -> attributes.add(attribute(c));
                case "element" -> children.add(element(text(c, "name"), c));
                case "method" -> methods.add(method(c));
                case "collection" -> {
                    if (collection != null) {
                        throw new IllegalStateException("element " + name + " declares two collections");
                    }
                    collection = collection(c);
                }
                default -> throw new IllegalStateException("unknown schema tag <" + c.name() + "> in " + name);
            }
        }
        return new ElementSchema(name, attributes, children, collection, methods, flag(e, "runtime"),
                flag(e, "allowUnrecognizedAttributes"), flag(e, "allowUnrecognizedElements"), description);
    }

    private static MethodSchema method(XmlElement m) {
        ElementSchema input = empty("input");
        ElementSchema output = empty("output");
        for (XmlElement c : children(m, null)) {
            switch (c.name()) {
                case "inputElement" -> input = element("input", c);
                case "outputElement" -> output = element("output", c);
                default -> throw new IllegalStateException("unknown schema tag <" + c.name() + "> in method "
                        + text(m, "name"));
            }
        }
        return new MethodSchema(text(m, "name"), text(m, "description"), input, output);
    }

    private static ElementSchema empty(String name) {
        return new ElementSchema(name, List.of(), List.of(), null, List.of(), true, false, false, "");
    }

    private static CollectionSchema collection(XmlElement c) {
        String addElement = text(c, "addElement");
        ElementSchema item = element(addElement, c, ""); // the description belongs to the collection
        return new CollectionSchema(addElement, optional(c, "removeElement"), optional(c, "clearElement"),
                optional(c, "defaultElement"), item, flag(c, "runtime"), text(c, "description"));
    }

    private static AttributeSchema attribute(XmlElement a) {
        String name = text(a, "name");
        ValueType type = ValueType.fromSchemaName(text(a, "type"))
                .orElseThrow(() -> new IllegalStateException("attribute " + name + " has unknown type " + text(a, "type")));
        List<NamedValue> values = new ArrayList<>();
        for (XmlElement v : children(a, null)) {
            if (!v.name().equals("enum") && !v.name().equals("flag")) {
                throw new IllegalStateException("unknown schema tag <" + v.name() + "> in attribute " + name);
            }
            values.add(new NamedValue(text(v, "name"), Long.parseLong(text(v, "value"))));
        }
        Validation validation = a.attribute("validationType").isPresent()
                ? new Validation(text(a, "validationType"), text(a, "validationParameter"))
                : Validation.NONE;
        AttributeSchema schema = new AttributeSchema(name, type, optional(a, "defaultValue"), flag(a, "required"),
                flag(a, "isUniqueKey"), flag(a, "isCombinedKey"), flag(a, "expanded"), flag(a, "encrypted"),
                flag(a, "runtime"), validation, values, text(a, "description"));
        if (schema.defaultValue() != null) {
            schema.typedDefault(); // a default that does not parse is a schema bug: fail at load
        }
        return schema;
    }

    private static List<XmlElement> children(XmlElement parent, String tag) {
        return tag == null ? parent.children() : parent.children(tag);
    }

    private static boolean flag(XmlElement e, String attribute) {
        return "true".equals(e.value(attribute));
    }

    private static String optional(XmlElement e, String attribute) {
        return e.value(attribute);
    }

    /** The attribute's value, "" when it is not written. */
    private static String text(XmlElement e, String attribute) {
        String value = e.value(attribute);
        return value == null ? "" : value;
    }
}
