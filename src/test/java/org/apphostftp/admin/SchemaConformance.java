package org.apphostftp.admin;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.schema.InvalidValueException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Checks XML against schema/ftp_schema.xml, runtime parts included: every element is a child, collection item or
 * defaults element the schema declares there, and every attribute is declared and holds a value of its type.
 */
final class SchemaConformance {

    private SchemaConformance() {
    }

    /** What does not conform, as {@code path: problem}; empty when the XML is valid for {@code element}. */
    static List<String> problems(ElementSchema element, String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        List<String> problems = new ArrayList<>();
        check(element, root, "/" + root.getTagName(), problems);
        return problems;
    }

    /** The schema of the element at {@code path} below a section ("system.applicationHost/sites", "site", "ftpServer", ...). */
    static ElementSchema element(String sectionPath, String... below) {
        ElementSchema current = ConfigSchema.standard().section(sectionPath).orElseThrow().root();
        for (String name : below) {
            current = next(current, name).orElseThrow(() -> new IllegalArgumentException("no element " + name));
        }
        return current;
    }

    private static void check(ElementSchema schema, Element element, String path, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            Optional<AttributeSchema> declared = schema.attribute(attribute.getName());
            if (declared.isEmpty()) {
                if (!schema.allowUnrecognizedAttributes()) {
                    problems.add(path + ": attribute '" + attribute.getName() + "' is not in the schema");
                }
                continue;
            }
            try {
                AttributeValues.parse(declared.get(), attribute.getValue());
            } catch (InvalidValueException e) {
                problems.add(path + "/@" + attribute.getName() + ": " + e.getMessage());
            }
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                Optional<ElementSchema> childSchema = next(schema, child.getTagName());
                if (childSchema.isPresent()) {
                    check(childSchema.get(), child, path + "/" + child.getTagName(), problems);
                } else if (!schema.allowUnrecognizedElements()) {
                    problems.add(path + ": element <" + child.getTagName() + "> is not in the schema");
                }
            }
        }
    }

    private static Optional<ElementSchema> next(ElementSchema parent, String name) {
        Optional<ElementSchema> child = parent.child(name);
        if (child.isPresent()) {
            return child;
        }
        Optional<CollectionSchema> collection = parent.collection();
        if (collection.isPresent() && (collection.get().addElement().equals(name)
                || collection.get().defaults().filter(name::equals).isPresent())) {
            return Optional.of(collection.get().itemSchema());
        }
        return Optional.empty();
    }
}
