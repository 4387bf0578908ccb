import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The build step that makes the typed configuration model from {@code schema/ftp_schema.xml}, the single source of
 * truth: the JAXB classes of {@code org.apphostftp.config.jaxb}, the Java enums of {@code org.apphostftp.config.effective}
 * with their JAXB adapters, and the XSD of the FTP parts that editors use for completion and validation.
 *
 * <p>Run by Maven (exec-maven-plugin, generate-sources) as a single-file program, so it needs nothing but the JDK:
 * {@code java TypedModelGenerator.java SCHEMA JAVA_OUT XSD_OUT}. Names: a class is its element's name in UpperCamel
 * case unless the schema says {@code javaType}; a collection's items are {@code itemType} or the add element's name;
 * an enum is {@code enumType} or the attribute's name. Two elements that would make one class with different content
 * stop the build with a message naming both.
 */
public final class TypedModelGenerator {

    private static final String JAXB_PACKAGE = "org.apphostftp.config.jaxb";
    /** The binder and the shapes: internal (not exported by the module), they name the internal element tree. */
    private static final String TYPED_PACKAGE = "org.apphostftp.config.typed";
    private static final String ENUM_PACKAGE = "org.apphostftp.config.effective";
    /** The schema model itself (ConfigSchema and its parts), built by generated code instead of read from XML. */
    private static final String SCHEMA_PACKAGE = "org.apphostftp.config.schema";
    private static final String GENERATED = "Generated from schema/ftp_schema.xml by src/build/java/TypedModelGenerator.java: do not edit.";

    private final Map<String, ClassDef> classes = new TreeMap<>();
    private final Map<String, EnumDef> enums = new TreeMap<>();
    private final Map<String, String> classOrigins = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<SectionDef> sections = new ArrayList<>();
    private Element schemaRoot;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java TypedModelGenerator.java SCHEMA JAVA_OUT XSD_FILE");
            System.exit(2);
        }
        TypedModelGenerator generator = new TypedModelGenerator();
        generator.read(Path.of(args[0]));
        generator.writeJava(Path.of(args[1]));
        Path xsd = Path.of(args[2]);
        Files.createDirectories(xsd.toAbsolutePath().getParent());
        write(xsd, new XsdWriter(generator).xsd());
    }

    // ------------------------------------------------------------------------------------------------ reading

    record AttrDef(String name, String type, String javaType, String enumName, boolean runtime, String description,
                   String defaultValue, boolean required, List<String[]> values) {
    }

    record ChildDef(String name, String className, boolean runtime) {
    }

    record CollectionDef(String addElement, String itemClass, String removeElement, String clearElement,
                         String defaultElement, boolean runtime, String description) {
        boolean mixed() {
            return removeElement != null || clearElement != null;
        }
    }

    static final class ClassDef {
        final String name;
        final String elementName;
        final String description;
        final boolean runtime;
        final boolean otherAttributes;
        final boolean otherElements;
        final List<AttrDef> attributes = new ArrayList<>();
        final List<ChildDef> children = new ArrayList<>();
        CollectionDef collection;
        String signature;

        ClassDef(String name, String elementName, String description, boolean runtime, boolean otherAttributes, boolean otherElements) {
            this.name = name;
            this.elementName = elementName;
            this.description = description;
            this.runtime = runtime;
            this.otherAttributes = otherAttributes;
            this.otherElements = otherElements;
        }
    }

    record EnumDef(String name, boolean flags, List<String[]> values, String firstUse) {
    }

    record SectionDef(String path, String className, boolean appHostOnly) {
    }

    static final class Group {
        final String name;
        final String className;
        final Map<String, String> members = new TreeMap<>(); // element name -> class name

        Group(String name, String className) {
            this.name = name;
            this.className = className;
        }
    }

    void read(Path schema) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        Element root;
        try (InputStream in = Files.newInputStream(schema)) {
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        }
        schemaRoot = root;
        groups.put("", new Group("configuration", "ConfigurationXml"));
        for (Element s : children(root, "sectionSchema")) {
            String path = s.getAttribute("name");
            String[] segments = path.split("/");
            String last = segments[segments.length - 1];
            String className = attr(s, "javaType", upperCamel(last) + "Section");
            define(className, last, s, false, path);
            sections.add(new SectionDef(path, className, "AppHostOnly".equals(s.getAttribute("allowDefinition"))));
            String parent = "";
            for (int i = 0; i < segments.length - 1; i++) {
                String groupPath = parent.isEmpty() ? segments[i] : parent + "/" + segments[i];
                String groupName = segments[i];
                groups.computeIfAbsent(groupPath, p -> new Group(groupName, groupClassName(p)));
                groups.get(parent).members.put(segments[i], groups.get(groupPath).className);
                parent = groupPath;
            }
            groups.get(parent).members.put(last, className);
        }
    }

    private static String groupClassName(String path) {
        StringBuilder b = new StringBuilder();
        for (String part : path.split("[/.]")) {
            b.append(upperCamel(part));
        }
        return b.append("Group").toString();
    }

    /** Defines the class of element {@code e} (and, recursively, of its children); returns its name. */
    private String define(String className, String elementName, Element e, boolean runtimeAbove, String where) {
        boolean runtime = runtimeAbove || flag(e, "runtime");
        ClassDef c = new ClassDef(className, elementName, e.getAttribute("description"), runtime,
                flag(e, "allowUnrecognizedAttributes"), flag(e, "allowUnrecognizedElements"));
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            switch (child.getTagName()) {
                case "attribute" -> c.attributes.add(attribute(child, runtime, where));
                case "element" -> {
                    String name = child.getAttribute("name");
                    String type = define(attr(child, "javaType", upperCamel(name)), name, child, runtime, where + "/" + name);
                    c.children.add(new ChildDef(name, type, runtime || flag(child, "runtime")));
                }
                case "collection" -> {
                    String add = child.getAttribute("addElement");
                    String itemClass = attr(child, "itemType", upperCamel(add));
                    boolean itemsRuntime = runtime || flag(child, "runtime");
                    define(itemClass, add, child, itemsRuntime, where + "/" + add);
                    c.collection = new CollectionDef(add, itemClass, attr(child, "removeElement", null), attr(child, "clearElement", null),
                            attr(child, "defaultElement", null), itemsRuntime, child.getAttribute("description"));
                }
                case "method", "inputElement", "outputElement" -> {
                    // methods are runtime operations of the config API, not part of the typed model
                }
                default -> throw new IllegalStateException(where + ": unknown schema element <" + child.getTagName() + ">");
            }
        }
        c.signature = signature(c);
        ClassDef existing = classes.get(className);
        if (existing != null) {
            if (!existing.signature.equals(c.signature)) {
                throw new IllegalStateException("two elements make the Java class " + className + " with different content: "
                        + classOrigins.get(className) + " and " + where + "; give one of them javaType=\"...\" (or itemType on its collection)");
            }
            return className;
        }
        classes.put(className, c);
        classOrigins.put(className, where);
        return className;
    }

    private static String signature(ClassDef c) {
        StringBuilder b = new StringBuilder().append(c.otherAttributes).append(c.runtime);
        c.attributes.forEach(a -> b.append('@').append(a.name).append(':').append(a.javaType));
        c.children.forEach(ch -> b.append('/').append(ch.name).append(':').append(ch.className));
        if (c.collection != null) {
            b.append('[').append(c.collection).append(']');
        }
        return b.toString();
    }

    private AttrDef attribute(Element a, boolean runtimeAbove, String where) {
        String name = a.getAttribute("name");
        String type = a.getAttribute("type");
        List<String[]> values = new ArrayList<>();
        for (Element v : children(a, type.equals("flags") ? "flag" : "enum")) {
            values.add(new String[] {v.getAttribute("name"), v.getAttribute("value")});
        }
        String enumName = null;
        String javaType = switch (type) {
            case "string" -> "String";
            case "bool" -> "Boolean";
            case "int" -> "Integer";
            case "uint", "int64" -> "Long";
            case "timeSpan" -> "java.time.Duration";
            case "enum", "flags" -> {
                enumName = attr(a, "enumType", upperCamel(name));
                defineEnum(enumName, type.equals("flags"), values, where + "/@" + name);
                String qualified = ENUM_PACKAGE + "." + enumName;
                yield type.equals("flags") ? "java.util.Set<" + qualified + ">" : qualified;
            }
            default -> throw new IllegalStateException(where + "/@" + name + ": unknown type '" + type + "'");
        };
        return new AttrDef(name, type, javaType, enumName, runtimeAbove || flag(a, "runtime"), a.getAttribute("description"),
                attr(a, "defaultValue", null), flag(a, "required"), values);
    }

    private void defineEnum(String name, boolean flags, List<String[]> values, String where) {
        EnumDef existing = enums.get(name);
        if (existing == null) {
            enums.put(name, new EnumDef(name, flags, values, where));
            return;
        }
        boolean same = existing.flags == flags && existing.values.size() == values.size();
        for (int i = 0; same && i < values.size(); i++) {
            same = existing.values.get(i)[0].equals(values.get(i)[0]) && existing.values.get(i)[1].equals(values.get(i)[1]);
        }
        if (!same) {
            throw new IllegalStateException("the enum " + name + " has other values at " + where + " than at " + existing.firstUse
                    + "; give one of them enumType=\"...\"");
        }
    }

    // ------------------------------------------------------------------------------------------------ Java

    void writeJava(Path out) throws IOException {
        Path jaxb = out.resolve(JAXB_PACKAGE.replace('.', '/'));
        Path effective = out.resolve(ENUM_PACKAGE.replace('.', '/'));
        Files.createDirectories(jaxb);
        Files.createDirectories(effective);
        for (ClassDef c : classes.values()) {
            write(jaxb.resolve(c.name + ".java"), elementClass(c));
        }
        for (Group g : groups.values()) {
            write(jaxb.resolve(g.className + ".java"), groupClass(g));
        }
        write(jaxb.resolve("LocationXml.java"), locationClass());
        write(jaxb.resolve("IisEnumAdapters.java"), adapters());
        Path typed = out.resolve(TYPED_PACKAGE.replace('.', '/'));
        Files.createDirectories(typed);
        write(typed.resolve("TypedModelBinder.java"), binder());
        write(typed.resolve("TypedModelShapes.java"), shapes());
        for (EnumDef e : enums.values()) {
            write(effective.resolve(e.name + ".java"), enumClass(e));
        }
        Path schemaPackage = out.resolve(SCHEMA_PACKAGE.replace('.', '/'));
        Files.createDirectories(schemaPackage);
        write(schemaPackage.resolve("CompiledSchema.java"), new SchemaWriter(schemaRoot).java());
    }

    private String elementClass(ClassDef c) {
        JavaWriter w = new JavaWriter(JAXB_PACKAGE);
        w.doc("{@code <" + c.elementName + ">}." + sentence(c.description) + (c.runtime ? " Runtime, read-only." : ""));
        w.line("@jakarta.xml.bind.annotation.XmlAccessorType(jakarta.xml.bind.annotation.XmlAccessType.FIELD)");
        w.open("public class " + c.name);
        for (AttrDef a : c.attributes) {
            w.fieldDoc(sentence(a.description) + (a.runtime && !c.runtime ? " (runtime, read-only)" : ""));
            w.line("@jakarta.xml.bind.annotation.XmlAttribute(name = \"" + a.name + "\")");
            String adapter = adapterOf(a);
            if (adapter != null) {
                w.line("@jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter(" + adapter + ".class)");
            }
            w.line("public " + a.javaType + " " + javaName(a.name) + ";");
        }
        for (ChildDef ch : c.children) {
            w.line("@jakarta.xml.bind.annotation.XmlElement(name = \"" + ch.name + "\")");
            w.line("public " + ch.className + " " + javaName(ch.name) + ";");
        }
        CollectionDef coll = c.collection;
        if (coll != null) {
            if (coll.mixed()) {
                List<String> verbs = new ArrayList<>(List.of("{@link " + coll.itemClass + "} items"));
                w.fieldDoc("The collection in file order: " + String.join(", ", collectionVerbs(coll, verbs)) + ".");
                w.line("@jakarta.xml.bind.annotation.XmlElements({");
                List<String> entries = new ArrayList<>();
                entries.add("    @jakarta.xml.bind.annotation.XmlElement(name = \"" + coll.addElement + "\", type = " + coll.itemClass + ".class)");
                if (coll.removeElement != null) {
                    entries.add("    @jakarta.xml.bind.annotation.XmlElement(name = \"" + coll.removeElement + "\", type = RemoveEntry.class)");
                }
                if (coll.clearElement != null) {
                    entries.add("    @jakarta.xml.bind.annotation.XmlElement(name = \"" + coll.clearElement + "\", type = ClearEntry.class)");
                }
                for (int i = 0; i < entries.size(); i++) {
                    w.line(entries.get(i) + (i < entries.size() - 1 ? "," : ""));
                }
                w.line("})");
                w.line("public java.util.List<Object> entries = new java.util.ArrayList<>();");
            } else {
                w.line("@jakarta.xml.bind.annotation.XmlElement(name = \"" + coll.addElement + "\")");
                w.line("public java.util.List<" + coll.itemClass + "> " + plural(coll.addElement) + " = new java.util.ArrayList<>();");
            }
            if (coll.defaultElement != null) {
                w.fieldDoc("Defaults every {@code <" + coll.addElement + ">} inherits.");
                w.line("@jakarta.xml.bind.annotation.XmlElement(name = \"" + coll.defaultElement + "\")");
                w.line("public " + coll.itemClass + " " + javaName(coll.defaultElement) + ";");
            }
        }
        if (c.otherAttributes) {
            w.fieldDoc("Attributes apphost-ftp does not read (kept, ignored).");
            w.line("@jakarta.xml.bind.annotation.XmlAnyAttribute");
            w.line("public java.util.Map<javax.xml.namespace.QName, String> otherAttributes = new java.util.LinkedHashMap<>();");
        }
        w.close();
        return w.toString();
    }

    private static List<String> collectionVerbs(CollectionDef coll, List<String> verbs) {
        if (coll.removeElement != null) {
            verbs.add("{@link RemoveEntry}");
        }
        if (coll.clearElement != null) {
            verbs.add("{@link ClearEntry}");
        }
        return verbs;
    }

    private String groupClass(Group g) {
        JavaWriter w = new JavaWriter(JAXB_PACKAGE);
        if (g.className.equals("ConfigurationXml")) {
            w.doc("The typed view of an applicationHost.config: {@code <configuration>} with the parts apphost-ftp reads. Everything "
                    + "else in the file is not part of this view (the file itself keeps it; the config API edits it losslessly).");
            w.line("@jakarta.xml.bind.annotation.XmlRootElement(name = \"configuration\")");
        } else {
            w.doc("The {@code <" + g.name + ">} section group.");
        }
        w.line("@jakarta.xml.bind.annotation.XmlAccessorType(jakarta.xml.bind.annotation.XmlAccessType.FIELD)");
        w.open("public class " + g.className);
        for (Map.Entry<String, String> m : g.members.entrySet()) {
            w.line("@jakarta.xml.bind.annotation.XmlElement(name = \"" + m.getKey() + "\")");
            w.line("public " + m.getValue() + " " + javaName(m.getKey()) + ";");
        }
        if (g.className.equals("ConfigurationXml")) {
            w.fieldDoc("{@code <location path=\"Site[/dir]\">} elements, in file order.");
            w.line("@jakarta.xml.bind.annotation.XmlElement(name = \"location\")");
            w.line("public java.util.List<LocationXml> locations = new java.util.ArrayList<>();");
        }
        w.close();
        return w.toString();
    }

    private String locationClass() {
        JavaWriter w = new JavaWriter(JAXB_PACKAGE);
        w.doc("{@code <location path=\"Site[/dir]\">}: the sections that may be set per site or folder ({@code path=\"\"}: server level).");
        w.line("@jakarta.xml.bind.annotation.XmlAccessorType(jakarta.xml.bind.annotation.XmlAccessType.FIELD)");
        w.open("public class LocationXml");
        w.line("@jakarta.xml.bind.annotation.XmlAttribute(name = \"path\")");
        w.line("public String path;");
        Group ftp = groups.get("system.ftpServer");
        if (ftp != null) {
            w.line("@jakarta.xml.bind.annotation.XmlElement(name = \"system.ftpServer\")");
            w.line("public " + ftp.className + " systemFtpServer;");
        }
        w.fieldDoc("overrideMode, inheritInChildApplications, ...: kept, ignored.");
        w.line("@jakarta.xml.bind.annotation.XmlAnyAttribute");
        w.line("public java.util.Map<javax.xml.namespace.QName, String> otherAttributes = new java.util.LinkedHashMap<>();");
        w.close();
        return w.toString();
    }

    // ------------------------------------------------------------------------------------------------ binder

    /**
     * The binder of the model: one method per class that reads a parsed element's attributes and children into a new
     * object, with what the JAXB annotations above say (the same fields, adapters and numbers) but no reflection, so that
     * a load need not build a JAXBContext (a few hundred milliseconds of a CLI command's start-up).
     */
    private String binder() {
        JavaWriter w = new JavaWriter(TYPED_PACKAGE, JAXB_PACKAGE + ".*");
        w.doc("Binds a parsed document into the typed model as the JAXB annotations of these classes describe, without JAXB: "
                + "one method per class, no reflection. Every object is announced (before its children) with the element it is "
                + "read from; a value that cannot be converted is announced with its element and leaves the field null.");
        w.open("public final class TypedModelBinder");
        w.doc("What the binder reports while it binds.");
        w.open("public interface Listener");
        w.doc("{@code typed} was made from {@code element} (called before its children are bound).");
        w.line("void bound(Object typed, org.apphostftp.config.xml.XmlElement element);");
        w.blank();
        w.doc("An attribute of {@code element} could not be converted: {@code reason} says why.");
        w.line("void unreadable(org.apphostftp.config.xml.XmlElement element, String reason);");
        w.close();
        w.blank();
        w.line("static final IisBooleanAdapter BOOL = new IisBooleanAdapter();");
        w.line("static final TimeSpanAdapter TIME_SPAN = new TimeSpanAdapter();");
        for (EnumDef e : enums.values()) {
            String adapter = e.name + (e.flags ? "FlagsAdapter" : "Adapter");
            w.line("static final IisEnumAdapters." + adapter + " " + constantName(adapter) + " = new IisEnumAdapters." + adapter + "();");
        }
        w.blank();
        w.line("private TypedModelBinder() {");
        w.line("}");
        w.blank();
        w.doc("The typed view of a {@code <configuration>} element.");
        w.line("public static ConfigurationXml configuration(org.apphostftp.config.xml.XmlElement element, Listener listener) {");
        w.line("    return bindConfigurationXml(element, listener);");
        w.line("}");
        for (Group g : groups.values()) {
            Map<String, String> cases = new LinkedHashMap<>();
            for (Map.Entry<String, String> m : g.members.entrySet()) {
                cases.put(m.getKey(), "o." + javaName(m.getKey()) + " = bind" + m.getValue() + "(c, l);");
            }
            if (g.className.equals("ConfigurationXml")) {
                cases.put("location", "o.locations.add(bindLocationXml(c, l));");
            }
            bindMethod(w, g.className, Map.of(), false, cases);
        }
        Map<String, String> locationAttributes = new LinkedHashMap<>();
        locationAttributes.put("path", "o.path = v;");
        Map<String, String> locationChildren = new LinkedHashMap<>();
        Group ftp = groups.get("system.ftpServer");
        if (ftp != null) {
            locationChildren.put("system.ftpServer", "o.systemFtpServer = bind" + ftp.className + "(c, l);");
        }
        bindMethod(w, "LocationXml", locationAttributes, true, locationChildren);
        for (ClassDef c : classes.values()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (AttrDef a : c.attributes) {
                attributes.put(a.name, "o." + javaName(a.name) + " = " + conversion(a) + ";");
            }
            Map<String, String> children = new LinkedHashMap<>();
            for (ChildDef ch : c.children) {
                children.put(ch.name, "o." + javaName(ch.name) + " = bind" + ch.className + "(c, l);");
            }
            CollectionDef coll = c.collection;
            if (coll != null) {
                String list = coll.mixed() ? "entries" : plural(coll.addElement);
                children.put(coll.addElement, "o." + list + ".add(bind" + coll.itemClass + "(c, l));");
                if (coll.removeElement != null) {
                    children.put(coll.removeElement, "o.entries.add(bindRemoveEntry(c, l));");
                }
                if (coll.clearElement != null) {
                    children.put(coll.clearElement, "o.entries.add(bindClearEntry(c, l));");
                }
                if (coll.defaultElement != null) {
                    children.put(coll.defaultElement, "o." + javaName(coll.defaultElement) + " = bind" + coll.itemClass + "(c, l);");
                }
            }
            bindMethod(w, c.name, attributes, c.otherAttributes, children);
        }
        w.blank();
        w.line("private static RemoveEntry bindRemoveEntry(org.apphostftp.config.xml.XmlElement e, Listener l) {");
        w.line("    RemoveEntry o = new RemoveEntry();");
        w.line("    l.bound(o, e);");
        w.line("    for (org.apphostftp.config.xml.XmlAttribute a : e.attributes()) {");
        w.line("        o.keys.put(new javax.xml.namespace.QName(a.name()), a.value());");
        w.line("    }");
        w.line("    return o;");
        w.line("}");
        w.blank();
        w.line("private static ClearEntry bindClearEntry(org.apphostftp.config.xml.XmlElement e, Listener l) {");
        w.line("    ClearEntry o = new ClearEntry();");
        w.line("    l.bound(o, e);");
        w.line("    return o;");
        w.line("}");
        w.blank();
        w.doc("An xs:int or xs:long as JAXB reads it: surrounding white space ignored.");
        w.line("private static String number(String text) {");
        w.line("    return text.trim();");
        w.line("}");
        w.close();
        return w.toString();
    }

    /** One field of a generated class as {@link #shapes()} describes it. */
    private record Slot(String owner, String xmlName, String field, String type, String itemType, String adapter) {
    }

    /**
     * The shapes of the model: for each class, which field holds each attribute and child element, with its type and
     * adapter, and a get and a set for every field through one switch; what the JAXB annotations say, read without
     * reflection (IIS inheritance walks the model by these names on every load).
     */
    private String shapes() {
        Map<String, List<Slot>> attributes = new LinkedHashMap<>();
        Map<String, List<Slot>> elements = new LinkedHashMap<>();
        Map<String, Map<String, String>> mixed = new LinkedHashMap<>();
        for (Group g : groups.values()) {
            List<Slot> es = new ArrayList<>();
            g.members.forEach((name, type) -> es.add(new Slot(g.className, name, javaName(name), type, null, null)));
            if (g.className.equals("ConfigurationXml")) {
                es.add(new Slot(g.className, "location", "locations", "java.util.List", "LocationXml", null));
            }
            attributes.put(g.className, List.of());
            elements.put(g.className, es);
        }
        attributes.put("LocationXml", List.of(new Slot("LocationXml", "path", "path", "String", null, null)));
        Group ftp = groups.get("system.ftpServer");
        elements.put("LocationXml", ftp == null ? List.of()
                : List.of(new Slot("LocationXml", "system.ftpServer", "systemFtpServer", ftp.className, null, null)));
        for (ClassDef c : classes.values()) {
            List<Slot> as = new ArrayList<>();
            for (AttrDef a : c.attributes) {
                String adapter = adapterOf(a) == null ? null : "TypedModelBinder." + switch (a.type) {
                    case "bool" -> "BOOL";
                    case "timeSpan" -> "TIME_SPAN";
                    case "enum" -> constantName(a.enumName + "Adapter");
                    default -> constantName(a.enumName + "FlagsAdapter");
                };
                String raw = a.javaType.contains("<") ? a.javaType.substring(0, a.javaType.indexOf('<')) : a.javaType;
                as.add(new Slot(c.name, a.name, javaName(a.name), raw, null, adapter));
            }
            List<Slot> es = new ArrayList<>();
            for (ChildDef ch : c.children) {
                es.add(new Slot(c.name, ch.name, javaName(ch.name), ch.className, null, null));
            }
            CollectionDef coll = c.collection;
            if (coll != null) {
                if (coll.mixed()) {
                    Map<String, String> types = new LinkedHashMap<>();
                    types.put(coll.addElement, coll.itemClass);
                    if (coll.removeElement != null) {
                        types.put(coll.removeElement, "RemoveEntry");
                    }
                    if (coll.clearElement != null) {
                        types.put(coll.clearElement, "ClearEntry");
                    }
                    mixed.put(c.name, types);
                } else {
                    es.add(new Slot(c.name, coll.addElement, plural(coll.addElement), "java.util.List", coll.itemClass, null));
                }
                if (coll.defaultElement != null) {
                    es.add(new Slot(c.name, coll.defaultElement, javaName(coll.defaultElement), coll.itemClass, null, null));
                }
            }
            attributes.put(c.name, as);
            elements.put(c.name, es);
        }
        attributes.put("RemoveEntry", List.of());
        elements.put("RemoveEntry", List.of());
        attributes.put("ClearEntry", List.of());
        elements.put("ClearEntry", List.of());

        List<Slot> all = new ArrayList<>();
        for (String owner : attributes.keySet()) {
            all.addAll(attributes.get(owner));
            all.addAll(elements.get(owner));
            if (mixed.containsKey(owner)) {
                all.add(new Slot(owner, "", "entries", "java.util.List", "Object", null));
            }
        }
        JavaWriter w = new JavaWriter(TYPED_PACKAGE, JAXB_PACKAGE + ".*");
        w.doc("The shapes of the typed model as its JAXB annotations describe them (which field holds each attribute and child "
                + "element, its type and adapter), and a get and a set for every field: IIS inheritance walks the model with "
                + "these, without reflection.");
        w.open("public final class TypedModelShapes");
        w.doc("One field: the XML name it binds, its type (the item type too for a list) and the adapter of its text, if any.");
        w.open("public record Slot(int id, String owner, String xmlName, Class<?> type, Class<?> itemType, "
                + "jakarta.xml.bind.annotation.adapters.XmlAdapter<String, Object> adapter)");
        w.doc("The field's value in {@code target} (an object of the owner class).");
        w.line("public Object get(Object target) {");
        w.line("    return TypedModelShapes.get(id, target);");
        w.line("}");
        w.blank();
        w.doc("Sets the field in {@code target} (an object of the owner class).");
        w.line("public void set(Object target, Object value) {");
        w.line("    TypedModelShapes.set(id, target, value);");
        w.line("}");
        w.blank();
        w.line("@Override");
        w.line("public String toString() {");
        w.line("    return owner + \"/\" + xmlName;");
        w.line("}");
        w.close();
        w.blank();
        w.doc("The fields of one class by XML name; {@code mixed} (or null) the list of a collection with remove or clear, "
                + "whose element names map to their classes in {@code mixedTypes}.");
        w.line("public record Shape(java.util.Map<String, Slot> attributes, java.util.Map<String, Slot> elements, Slot mixed,");
        w.line("                    java.util.Map<String, Class<?>> mixedTypes) {");
        w.line("}");
        w.blank();
        w.line("private static final java.util.Map<Class<?>, Shape> SHAPES = shapes();");
        w.blank();
        w.line("private TypedModelShapes() {");
        w.line("}");
        w.blank();
        w.doc("The shape of a class of the model.");
        w.line("public static Shape of(Class<?> type) {");
        w.line("    Shape shape = SHAPES.get(type);");
        w.line("    if (shape == null) {");
        w.line("        throw new IllegalArgumentException(\"not a class of the typed model: \" + type.getName());");
        w.line("    }");
        w.line("    return shape;");
        w.line("}");
        w.blank();
        w.doc("A new, empty object of a class of the model.");
        w.line("public static Object instance(Class<?> type) {");
        w.line("    return switch (type.getSimpleName()) {");
        for (String owner : attributes.keySet()) {
            w.line("        case \"" + owner + "\" -> new " + owner + "();");
        }
        w.line("        default -> throw new IllegalArgumentException(\"not a class of the typed model: \" + type.getName());");
        w.line("    };");
        w.line("}");
        w.blank();
        w.line("@SuppressWarnings(\"unchecked\")");
        w.line("private static jakarta.xml.bind.annotation.adapters.XmlAdapter<String, Object> adapter(Object adapter) {");
        w.line("    return (jakarta.xml.bind.annotation.adapters.XmlAdapter<String, Object>) adapter;");
        w.line("}");
        w.blank();
        w.line("private static java.util.Map<String, Slot> byName(Slot... slots) {");
        w.line("    java.util.Map<String, Slot> map = new java.util.HashMap<>();");
        w.line("    for (Slot slot : slots) {");
        w.line("        map.put(slot.xmlName(), slot);");
        w.line("    }");
        w.line("    return java.util.Map.copyOf(map);");
        w.line("}");
        w.blank();
        w.line("private static java.util.Map<Class<?>, Shape> shapes() {");
        w.line("    java.util.Map<Class<?>, Shape> shapes = new java.util.HashMap<>();");
        for (String owner : attributes.keySet()) {
            List<String> as = new ArrayList<>();
            List<String> es = new ArrayList<>();
            for (Slot slot : attributes.get(owner)) {
                as.add(slotExpression(all.indexOf(slot), slot));
            }
            for (Slot slot : elements.get(owner)) {
                es.add(slotExpression(all.indexOf(slot), slot));
            }
            String mixedSlot = "null";
            String mixedTypes = "java.util.Map.of()";
            if (mixed.containsKey(owner)) {
                Slot entries = new Slot(owner, "", "entries", "java.util.List", "Object", null);
                mixedSlot = slotExpression(all.indexOf(entries), entries);
                List<String> pairs = new ArrayList<>();
                mixed.get(owner).forEach((name, type) -> pairs.add("\"" + name + "\", " + type + ".class"));
                mixedTypes = "java.util.Map.of(" + String.join(", ", pairs) + ")";
            }
            w.line("    shapes.put(" + owner + ".class, new Shape(byName(" + String.join(", ", as) + "),");
            w.line("            byName(" + String.join(", ", es) + "),");
            w.line("            " + mixedSlot + ", " + mixedTypes + "));");
        }
        w.line("    return java.util.Map.copyOf(shapes);");
        w.line("}");
        w.blank();
        w.line("private static Object get(int id, Object target) {");
        w.line("    return switch (id) {");
        for (int i = 0; i < all.size(); i++) {
            w.line("        case " + i + " -> ((" + all.get(i).owner() + ") target)." + all.get(i).field() + ";");
        }
        w.line("        default -> throw new IllegalArgumentException(\"no field \" + id);");
        w.line("    };");
        w.line("}");
        w.blank();
        w.line("@SuppressWarnings(\"unchecked\")");
        w.line("private static void set(int id, Object target, Object value) {");
        w.line("    switch (id) {");
        for (int i = 0; i < all.size(); i++) {
            Slot slot = all.get(i);
            String type = slot.itemType() != null ? slot.type() + "<" + slot.itemType() + ">" : fieldType(slot);
            w.line("        case " + i + " -> ((" + slot.owner() + ") target)." + slot.field() + " = (" + type + ") value;");
        }
        w.line("        default -> throw new IllegalArgumentException(\"no field \" + id);");
        w.line("    }");
        w.line("}");
        w.close();
        return w.toString();
    }

    /** The declared type of a slot's field (with the type argument of a set of flags). */
    private String fieldType(Slot slot) {
        ClassDef c = classes.get(slot.owner());
        if (c != null) {
            for (AttrDef a : c.attributes) {
                if (a.name.equals(slot.xmlName())) {
                    return a.javaType;
                }
            }
        }
        return slot.type();
    }

    private static String slotExpression(int id, Slot slot) {
        return "new Slot(" + id + ", \"" + slot.owner() + "\", \"" + slot.xmlName() + "\", " + slot.type() + ".class, "
                + (slot.itemType() == null ? "null" : slot.itemType() + ".class") + ", "
                + (slot.adapter() == null ? "null" : "adapter(" + slot.adapter() + ")") + ")";
    }

    private static String conversion(AttrDef a) {
        return switch (a.type) {
            case "string" -> "v";
            case "int" -> "Integer.valueOf(number(v))";
            case "uint", "int64" -> "Long.valueOf(number(v))";
            case "bool" -> "BOOL.unmarshal(v)";
            case "timeSpan" -> "TIME_SPAN.unmarshal(v)";
            case "enum" -> constantName(a.enumName + "Adapter") + ".unmarshal(v)";
            case "flags" -> constantName(a.enumName + "FlagsAdapter") + ".unmarshal(v)";
            default -> throw new IllegalStateException("no conversion for type " + a.type);
        };
    }

    /** One bind method: attribute name -> statement (with {@code v} the value), child element name -> statement. */
    private static void bindMethod(JavaWriter w, String className, Map<String, String> attributes, boolean otherAttributes,
                                   Map<String, String> children) {
        w.blank();
        w.line("private static " + className + " bind" + className + "(org.apphostftp.config.xml.XmlElement e, Listener l) {");
        w.line("    " + className + " o = new " + className + "();");
        w.line("    l.bound(o, e);");
        if (!attributes.isEmpty() || otherAttributes) {
            w.line("    for (org.apphostftp.config.xml.XmlAttribute a : e.attributes()) {");
            w.line("        String v = a.value();");
            w.line("        try {");
            w.line("            switch (a.name()) {");
            for (Map.Entry<String, String> at : attributes.entrySet()) {
                w.line("                case \"" + at.getKey() + "\" -> " + at.getValue());
            }
            w.line("                default -> " + (otherAttributes ? "o.otherAttributes.put(new javax.xml.namespace.QName(a.name()), v);" : "{ }"));
            w.line("            }");
            w.line("        } catch (IllegalArgumentException x) {");
            w.line("            l.unreadable(e, x.getMessage());");
            w.line("        }");
            w.line("    }");
        }
        if (!children.isEmpty()) {
            w.line("    for (org.apphostftp.config.xml.XmlElement c : e.children()) {");
            w.line("        switch (c.name()) {");
            for (Map.Entry<String, String> ch : children.entrySet()) {
                w.line("            case \"" + ch.getKey() + "\" -> " + ch.getValue());
            }
            w.line("            default -> { }");
            w.line("        }");
            w.line("    }");
        }
        w.line("    return o;");
        w.line("}");
    }

    private static String adapterOf(AttrDef a) {
        return switch (a.type) {
            case "bool" -> "IisBooleanAdapter";
            case "timeSpan" -> "TimeSpanAdapter";
            case "enum" -> "IisEnumAdapters." + a.enumName + "Adapter";
            case "flags" -> "IisEnumAdapters." + a.enumName + "FlagsAdapter";
            default -> null;
        };
    }

    private String adapters() {
        JavaWriter w = new JavaWriter(JAXB_PACKAGE);
        w.doc("JAXB needs one adapter class per enum type; each delegates to {@link Adapters}.");
        w.open("public final class IisEnumAdapters");
        w.line("private IisEnumAdapters() {");
        w.line("}");
        for (EnumDef e : enums.values()) {
            String type = ENUM_PACKAGE + "." + e.name;
            w.blank();
            if (e.flags) {
                String set = "java.util.Set<" + type + ">";
                w.doc("{@code " + e.name + "} flags: names joined by commas, or a number.");
                w.open("public static final class " + e.name + "FlagsAdapter extends jakarta.xml.bind.annotation.adapters.XmlAdapter<String, " + set + ">");
                w.line("@Override");
                w.line("public " + set + " unmarshal(String text) {");
                w.line("    return Adapters.flagsOf(" + type + ".class, text);");
                w.line("}");
                w.blank();
                w.line("@Override");
                w.line("public String marshal(" + set + " value) {");
                w.line("    return Adapters.flagsText(value);");
                w.line("}");
            } else {
                w.doc("{@code " + e.name + "} values: a name or a number.");
                w.open("public static final class " + e.name + "Adapter extends jakarta.xml.bind.annotation.adapters.XmlAdapter<String, " + type + ">");
                w.line("@Override");
                w.line("public " + type + " unmarshal(String text) {");
                w.line("    return Adapters.enumOf(" + type + ".class, text);");
                w.line("}");
                w.blank();
                w.line("@Override");
                w.line("public String marshal(" + type + " value) {");
                w.line("    return Adapters.enumText(value);");
                w.line("}");
            }
            w.close();
        }
        w.close();
        return w.toString();
    }

    private String enumClass(EnumDef e) {
        JavaWriter w = new JavaWriter(ENUM_PACKAGE);
        w.doc("The " + (e.flags ? "flags" : "values") + " of " + e.firstUse + " (schema/ftp_schema.xml).");
        w.open("public enum " + e.name + " implements IisEnum");
        for (int i = 0; i < e.values.size(); i++) {
            String[] v = e.values.get(i);
            w.line(constantName(v[0]) + "(\"" + v[0] + "\", " + v[1] + "L)" + (i < e.values.size() - 1 ? "," : ";"));
        }
        w.blank();
        w.line("private final String iisName;");
        w.line("private final long value;");
        w.blank();
        w.line(e.name + "(String iisName, long value) {");
        w.line("    this.iisName = iisName;");
        w.line("    this.value = value;");
        w.line("}");
        w.blank();
        w.line("@Override");
        w.line("public String iisName() {");
        w.line("    return iisName;");
        w.line("}");
        w.blank();
        w.line("@Override");
        w.line("public long value() {");
        w.line("    return value;");
        w.line("}");
        w.close();
        return w.toString();
    }

    // ------------------------------------------------------------------------------------------------ XSD

    /**
     * The XSD of the FTP parts: strict where the server is strict, lax where it keeps what it does not read. XSD 1.0
     * (what editors implement) cannot mix named children with "any other element" in one content model, so a lax
     * container takes any element, and the FTP elements that may stand in one are also declared globally: a lax
     * wildcard still validates (and editors still complete) an element that has a global declaration.
     */
    /**
     * The schema model as Java code: {@code CompiledSchema.schema()} builds the {@code ConfigSchema} that
     * {@code SchemaReader} reads from the same file (the same objects, in the same order), so that a client command
     * parses no schema XML at run time. Follows SchemaReader's reading rule for rule; CompiledSchemaTest compares the two.
     */
    static final class SchemaWriter {
        private final Element root;
        private final JavaWriter w = new JavaWriter(SCHEMA_PACKAGE, "java.util.List");
        private int methodCount;
        private final List<String> pending = new ArrayList<>();

        SchemaWriter(Element root) {
            this.root = root;
        }

        String java() {
            w.doc("The schema of schema/ftp_schema.xml, made at build time: what SchemaReader would read from it.");
            w.open("final class CompiledSchema");
            w.line("private CompiledSchema() {");
            w.line("}");
            w.blank();
            List<String> calls = new ArrayList<>();
            List<Element> sections = children(root, "sectionSchema");
            for (Element s : sections) {
                String path = s.getAttribute("name");
                String elementName = path.substring(path.lastIndexOf('/') + 1);
                String method = "section" + calls.size();
                calls.add(method + "()");
                pending.add("private static SectionSchema " + method + "() {\n        return new SectionSchema("
                        + literal(path) + ", " + "AppHostOnly".equals(s.getAttribute("allowDefinition")) + ",\n"
                        + "                " + element(elementName, s, text(s, "description")) + ");\n    }");
            }
            w.line("static ConfigSchema schema() {");
            w.line("    return new ConfigSchema(List.of(" + String.join(", ", calls) + "));");
            w.line("}");
            for (String m : pending) {
                w.blank();
                for (String line : m.split("\n")) {
                    w.line(line.startsWith("    ") ? line.substring(4) : line);
                }
            }
            w.blank();
            w.line("private static ElementSchema e(String name, List<AttributeSchema> attributes, List<ElementSchema> children,");
            w.line("        CollectionSchema collection, List<MethodSchema> methods, boolean runtime, boolean otherAttributes,");
            w.line("        boolean otherElements, String description) {");
            w.line("    return new ElementSchema(name, attributes, children, collection, methods, runtime, otherAttributes,");
            w.line("            otherElements, description);");
            w.line("}");
            w.blank();
            w.line("private static AttributeSchema a(String name, ValueType type, String defaultValue, boolean required,");
            w.line("        boolean uniqueKey, boolean combinedKey, boolean expanded, boolean encrypted, boolean runtime,");
            w.line("        Validation validation, List<NamedValue> values, String description) {");
            w.line("    return new AttributeSchema(name, type, defaultValue, required, uniqueKey, combinedKey, expanded, encrypted,");
            w.line("            runtime, validation, values, description);");
            w.line("}");
            w.close();
            return w.toString();
        }

        /** An element as an expression; a large one gets a method of its own (the JVM's 64 KiB limit per method). */
        private String element(String name, Element e, String description) {
            List<String> attributes = new ArrayList<>();
            List<String> elements = new ArrayList<>();
            List<String> methods = new ArrayList<>();
            String collection = "null";
            for (Element c : elementChildren(e)) {
                switch (c.getTagName()) {
                    case "attribute" -> attributes.add(attribute(c));
                    case "element" -> elements.add(element(text(c, "name"), c, text(c, "description")));
                    case "method" -> methods.add(method(c));
                    case "collection" -> {
                        if (!collection.equals("null")) {
                            throw new IllegalStateException("element " + name + " declares two collections");
                        }
                        collection = collection(c);
                    }
                    default -> throw new IllegalStateException("unknown schema tag <" + c.getTagName() + "> in " + name);
                }
            }
            String expression = "e(" + literal(name) + ", " + list(attributes) + ", " + list(elements) + ", " + collection
                    + ", " + list(methods) + ", " + flag(e, "runtime") + ", " + flag(e, "allowUnrecognizedAttributes") + ", "
                    + flag(e, "allowUnrecognizedElements") + ", " + literal(description) + ")";
            if (expression.length() < 2_000) {
                return expression;
            }
            String method = "element" + methodCount++;
            pending.add("private static ElementSchema " + method + "() {\n        return " + expression + ";\n    }");
            return method + "()";
        }

        private String method(Element m) {
            String input = "e(\"input\", List.of(), List.of(), null, List.of(), true, false, false, \"\")";
            String output = "e(\"output\", List.of(), List.of(), null, List.of(), true, false, false, \"\")";
            for (Element c : elementChildren(m)) {
                switch (c.getTagName()) {
                    case "inputElement" -> input = element("input", c, text(c, "description"));
                    case "outputElement" -> output = element("output", c, text(c, "description"));
                    default -> throw new IllegalStateException("unknown schema tag <" + c.getTagName() + "> in method "
                            + text(m, "name"));
                }
            }
            return "new MethodSchema(" + literal(text(m, "name")) + ", " + literal(text(m, "description")) + ", " + input
                    + ", " + output + ")";
        }

        private String collection(Element c) {
            String addElement = text(c, "addElement");
            return "new CollectionSchema(" + literal(addElement) + ", " + optional(c, "removeElement") + ", "
                    + optional(c, "clearElement") + ", " + optional(c, "defaultElement") + ", "
                    + element(addElement, c, "") + ", " + flag(c, "runtime") + ", " + literal(text(c, "description")) + ")";
        }

        private String attribute(Element a) {
            String name = text(a, "name");
            String type = switch (text(a, "type")) {
                case "string" -> "STRING";
                case "bool" -> "BOOL";
                case "int" -> "INT";
                case "uint" -> "UINT";
                case "int64" -> "INT64";
                case "enum" -> "ENUM";
                case "flags" -> "FLAGS";
                case "timeSpan" -> "TIME_SPAN";
                default -> throw new IllegalStateException("attribute " + name + " has unknown type " + text(a, "type"));
            };
            List<String> values = new ArrayList<>();
            for (Element v : elementChildren(a)) {
                if (!v.getTagName().equals("enum") && !v.getTagName().equals("flag")) {
                    throw new IllegalStateException("unknown schema tag <" + v.getTagName() + "> in attribute " + name);
                }
                values.add("new NamedValue(" + literal(text(v, "name")) + ", " + Long.parseLong(text(v, "value")) + "L)");
            }
            String validation = a.hasAttribute("validationType")
                    ? "new Validation(" + literal(text(a, "validationType")) + ", " + literal(text(a, "validationParameter")) + ")"
                    : "Validation.NONE";
            return "a(" + literal(name) + ", ValueType." + type + ", " + optional(a, "defaultValue") + ", " + flag(a, "required")
                    + ", " + flag(a, "isUniqueKey") + ", " + flag(a, "isCombinedKey") + ", " + flag(a, "expanded") + ", "
                    + flag(a, "encrypted") + ", " + flag(a, "runtime") + ", " + validation + ", " + list(values) + ", "
                    + literal(text(a, "description")) + ")";
        }

        private static String list(List<String> items) {
            return items.isEmpty() ? "List.of()" : "List.of(" + String.join(", ", items) + ")";
        }

        private static List<Element> elementChildren(Element parent) {
            List<Element> out = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    out.add(e);
                }
            }
            return out;
        }

        private static String text(Element e, String attribute) {
            return e.getAttribute(attribute); // "" when not written, as SchemaReader's text()
        }

        private static String optional(Element e, String attribute) {
            return e.hasAttribute(attribute) ? literal(e.getAttribute(attribute)) : "null";
        }

        private static String literal(String text) {
            StringBuilder b = new StringBuilder("\"");
            for (char ch : text.toCharArray()) {
                switch (ch) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (ch < 0x20 || ch > 0x7e) {
                            b.append(String.format("\\u%04x", (int) ch));
                        } else {
                            b.append(ch);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }

    static final class XsdWriter {
        private static final String DEFAULTS = "AsDefaults";
        private final TypedModelGenerator g;
        private final StringBuilder b = new StringBuilder();
        private final Map<String, String> simpleTypes = new TreeMap<>();
        private final Map<String, String> globals = new TreeMap<>();
        private final List<String> ambiguous = new ArrayList<>();

        XsdWriter(TypedModelGenerator g) {
            this.g = g;
        }

        /** Groups that are not FTP's own (the configuration root, system.applicationHost, system.webServer...) are lax. */
        private static boolean laxGroup(String path) {
            return !(path.equals("system.ftpServer") || path.startsWith("system.ftpServer/"));
        }

        String xsd() {
            for (Map.Entry<String, Group> e : g.groups.entrySet()) {
                if (laxGroup(e.getKey())) {
                    e.getValue().members.forEach(this::global);
                }
            }
            global("location", "LocationXml");
            for (ClassDef c : g.classes.values()) {
                if (c.otherElements && !c.runtime) {
                    c.children.stream().filter(ch -> !ch.runtime).forEach(ch -> global(ch.name, ch.className));
                    CollectionDef coll = c.collection;
                    if (coll != null && !coll.runtime) {
                        global(coll.addElement, coll.itemClass);
                        if (coll.defaultElement != null) {
                            global(coll.defaultElement, coll.itemClass + DEFAULTS);
                        }
                    }
                }
            }
            ambiguous.forEach(globals::remove);

            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            b.append("<!-- The FTP parts of applicationHost.config, for editors (completion and validation).\n");
            b.append("     ").append(GENERATED).append("\n");
            b.append("     Parts that are not FTP's are allowed and not checked, as the server keeps and ignores them.\n");
            b.append("     Runtime parts (ftpServer/@state, sessions) are left out: they are never written in the file. -->\n");
            b.append("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" elementFormDefault=\"unqualified\">\n\n");
            b.append("  <xs:element name=\"configuration\" type=\"ConfigurationXml\"/>\n");
            globals.forEach((name, type) -> b.append("  <xs:element name=\"").append(name).append("\" type=\"").append(type).append("\"/>\n"));
            b.append('\n');
            for (Map.Entry<String, Group> e : g.groups.entrySet()) {
                groupType(e.getValue(), e.getKey().isEmpty() || laxGroup(e.getKey()));
            }
            locationType();
            Set<String> defaults = new java.util.TreeSet<>();
            for (ClassDef c : g.classes.values()) {
                if (c.collection != null && c.collection.defaultElement != null) {
                    defaults.add(c.collection.itemClass);
                }
            }
            for (ClassDef c : g.classes.values()) {
                if (!c.runtime) {
                    complexType(c, false);
                    if (defaults.contains(c.name)) {
                        complexType(c, true);
                    }
                }
            }
            simpleTypes.forEach((name, body) -> b.append(body));
            b.append(simpleBase());
            b.append("</xs:schema>\n");
            return b.toString();
        }

        private void global(String name, String type) {
            String before = globals.putIfAbsent(name, type);
            if (before != null && !before.equals(type)) {
                ambiguous.add(name); // two meanings: left to its parents' local declarations
            }
        }

        private void groupType(Group group, boolean lax) {
            b.append("  <xs:complexType name=\"").append(group.className).append("\">\n");
            if (lax) {
                b.append("    <xs:sequence>\n      <xs:any processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n    </xs:sequence>\n");
                b.append("    <xs:anyAttribute processContents=\"skip\"/>\n");
            } else {
                b.append("    <xs:choice minOccurs=\"0\" maxOccurs=\"unbounded\">\n");
                for (Map.Entry<String, String> m : group.members.entrySet()) {
                    b.append("      <xs:element name=\"").append(m.getKey()).append("\" type=\"").append(m.getValue()).append("\"/>\n");
                }
                b.append("    </xs:choice>\n    <xs:attributeGroup ref=\"iisGeneralAttributes\"/>\n");
            }
            b.append("  </xs:complexType>\n\n");
        }

        private void locationType() {
            b.append("  <xs:complexType name=\"LocationXml\">\n");
            b.append("    <xs:annotation><xs:documentation>Settings of one site or folder: path=\"Site[/dir]\"; path=\"\" is the server level.</xs:documentation></xs:annotation>\n");
            b.append("    <xs:sequence>\n      <xs:any processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n    </xs:sequence>\n");
            b.append("    <xs:attribute name=\"path\" type=\"xs:string\"/>\n");
            b.append("    <xs:anyAttribute processContents=\"skip\"/>\n  </xs:complexType>\n\n");
        }

        /** The type of an element; {@code asDefaults}: of its defaults element (siteDefaults), where nothing is required. */
        private void complexType(ClassDef c, boolean asDefaults) {
            b.append("  <xs:complexType name=\"").append(c.name).append(asDefaults ? DEFAULTS : "").append("\">\n");
            if (!c.description.isBlank()) {
                b.append("    <xs:annotation><xs:documentation>").append(escape(c.description)).append("</xs:documentation></xs:annotation>\n");
            }
            List<String> particles = new ArrayList<>();
            for (ChildDef ch : c.children) {
                if (!ch.runtime) {
                    particles.add("<xs:element name=\"" + ch.name + "\" type=\"" + ch.className + "\"/>");
                }
            }
            CollectionDef coll = c.collection;
            if (coll != null && !coll.runtime) {
                particles.add("<xs:element name=\"" + coll.addElement + "\" type=\"" + coll.itemClass + "\"/>");
                if (coll.removeElement != null) {
                    particles.add("<xs:element name=\"" + coll.removeElement + "\" type=\"CollectionRemove\"/>");
                }
                if (coll.clearElement != null) {
                    particles.add("<xs:element name=\"" + coll.clearElement + "\" type=\"CollectionClear\"/>");
                }
                if (coll.defaultElement != null) {
                    particles.add("<xs:element name=\"" + coll.defaultElement + "\" type=\"" + coll.itemClass + DEFAULTS + "\"/>");
                }
            }
            if (c.otherElements) {
                b.append("    <xs:sequence>\n      <xs:any processContents=\"lax\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n    </xs:sequence>\n");
            } else if (!particles.isEmpty()) {
                b.append("    <xs:choice minOccurs=\"0\" maxOccurs=\"unbounded\">\n");
                particles.forEach(p -> b.append("      ").append(p).append('\n'));
                b.append("    </xs:choice>\n");
            }
            for (AttrDef a : c.attributes) {
                if (a.runtime) {
                    continue;
                }
                b.append("    <xs:attribute name=\"").append(a.name).append("\" type=\"").append(simpleType(a)).append('"');
                if (a.required && !asDefaults) {
                    b.append(" use=\"required\"");
                }
                if (a.description.isBlank() && a.defaultValue == null) {
                    b.append("/>\n");
                } else {
                    String doc = a.description + (a.defaultValue != null ? " Default: '" + a.defaultValue + "'." : "");
                    b.append(">\n      <xs:annotation><xs:documentation>").append(escape(doc.trim()))
                            .append("</xs:documentation></xs:annotation>\n    </xs:attribute>\n");
                }
            }
            if (c.otherAttributes) {
                b.append("    <xs:anyAttribute processContents=\"skip\"/>\n");
            } else {
                b.append("    <xs:attributeGroup ref=\"iisGeneralAttributes\"/>\n");
            }
            b.append("  </xs:complexType>\n\n");
        }

        private String simpleType(AttrDef a) {
            switch (a.type) {
                case "bool":
                    return "iisBool";
                case "int":
                    return "xs:int";
                case "uint":
                    return "xs:unsignedInt";
                case "int64":
                    return "xs:long";
                case "timeSpan":
                    return "iisTimeSpan";
                case "string":
                    return "xs:string";
                default:
                    break;
            }
            String name = a.enumName + (a.type.equals("flags") ? "Flags" : "");
            if (!simpleTypes.containsKey(name)) {
                StringBuilder t = new StringBuilder();
                t.append("  <xs:simpleType name=\"").append(name).append("\">\n");
                if (a.type.equals("flags")) {
                    t.append("    <xs:annotation><xs:documentation>Comma-separated names of: ");
                    List<String> names = new ArrayList<>();
                    a.values.forEach(v -> names.add(v[0]));
                    t.append(escape(String.join(", ", names))).append("; or a number.</xs:documentation></xs:annotation>\n");
                    t.append("    <xs:restriction base=\"xs:string\"/>\n");
                } else {
                    t.append("    <xs:union memberTypes=\"xs:unsignedInt\">\n      <xs:simpleType>\n        <xs:restriction base=\"xs:string\">\n");
                    a.values.forEach(v -> t.append("          <xs:enumeration value=\"").append(escape(v[0])).append("\"/>\n"));
                    t.append("        </xs:restriction>\n      </xs:simpleType>\n    </xs:union>\n");
                }
                t.append("  </xs:simpleType>\n\n");
                simpleTypes.put(name, t.toString());
            }
            return name;
        }

        private static String simpleBase() {
            return """
                      <xs:attributeGroup name="iisGeneralAttributes">
                        <xs:annotation><xs:documentation>IIS's general attributes, valid on every element.</xs:documentation></xs:annotation>
                        <xs:attribute name="lockAttributes" type="xs:string"/>
                        <xs:attribute name="lockAllAttributesExcept" type="xs:string"/>
                        <xs:attribute name="lockElements" type="xs:string"/>
                        <xs:attribute name="lockAllElementsExcept" type="xs:string"/>
                        <xs:attribute name="lockItem" type="iisBool"/>
                      </xs:attributeGroup>

                      <xs:simpleType name="iisBool">
                        <xs:annotation><xs:documentation>true or false, in any letter case (IIS writes True and False too).</xs:documentation></xs:annotation>
                        <xs:restriction base="xs:string">
                          <xs:pattern value="[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]"/>
                        </xs:restriction>
                      </xs:simpleType>

                      <xs:simpleType name="iisTimeSpan">
                        <xs:annotation><xs:documentation>[d.]hh:mm:ss, as IIS writes time spans.</xs:documentation></xs:annotation>
                        <xs:restriction base="xs:string">
                          <xs:pattern value="([0-9]+\\.)?[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?"/>
                        </xs:restriction>
                      </xs:simpleType>

                      <xs:complexType name="CollectionRemove">
                        <xs:annotation><xs:documentation>Removes the inherited item with these key attributes.</xs:documentation></xs:annotation>
                        <xs:anyAttribute processContents="skip"/>
                      </xs:complexType>

                      <xs:complexType name="CollectionClear">
                        <xs:annotation><xs:documentation>Drops every inherited item.</xs:documentation></xs:annotation>
                        <xs:anyAttribute processContents="skip"/>
                      </xs:complexType>

                    """;
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Indented Java source with the generated-file header. */
    static final class JavaWriter {
        private final StringBuilder b = new StringBuilder();
        private int indent;

        JavaWriter(String pkg, String... imports) {
            b.append("// ").append(GENERATED).append("\npackage ").append(pkg).append(";\n\n");
            for (String i : imports) {
                b.append("import ").append(i).append(";\n");
            }
            if (imports.length > 0) {
                b.append('\n');
            }
        }

        void line(String text) {
            b.append("    ".repeat(indent)).append(text).append('\n');
        }

        void blank() {
            b.append('\n');
        }

        void doc(String text) {
            // a backslash could start a unicode escape (host, backslash, user) and the end-of-comment pair would end it
            line("/** " + text.trim().replace("\\", "&#92;").replace("*/", "*&#47;") + " */");
        }

        void fieldDoc(String text) {
            if (!text.isBlank()) {
                doc(text);
            }
        }

        void open(String declaration) {
            line(declaration + " {");
            if (indent == 0) {
                blank();
            }
            indent++;
        }

        void close() {
            indent--;
            line("}");
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char",
            "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw",
            "throws", "transient", "try", "void", "volatile", "while");

    static String javaName(String xmlName) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : xmlName.toCharArray()) {
            if (ch == '.' || ch == '-') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        String name = b.toString();
        return KEYWORDS.contains(name) ? name + "Value" : name;
    }

    static String upperCamel(String xmlName) {
        String n = javaName(xmlName);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    static String plural(String name) {
        if (name.endsWith("y")) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        return name.endsWith("s") ? name + "es" : name + "s";
    }

    /** {@code SslRequireCredentialsOnly} → {@code SSL_REQUIRE_CREDENTIALS_ONLY}, {@code ClientIP} → {@code CLIENT_IP}. */
    static String constantName(String iisName) {
        StringBuilder b = new StringBuilder();
        char[] c = iisName.toCharArray();
        for (int i = 0; i < c.length; i++) {
            boolean boundary = i > 0 && Character.isUpperCase(c[i])
                    && (Character.isLowerCase(c[i - 1]) || Character.isDigit(c[i - 1])
                    || (Character.isUpperCase(c[i - 1]) && i + 1 < c.length && Character.isLowerCase(c[i + 1])));
            if (boundary) {
                b.append('_');
            }
            b.append(Character.isLetterOrDigit(c[i]) ? Character.toUpperCase(c[i]) : '_');
        }
        return b.toString();
    }

    private static String sentence(String description) {
        return description == null || description.isBlank() ? "" : " " + description.trim();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String attr(Element e, String name, String fallback) {
        return e.hasAttribute(name) && !e.getAttribute(name).isEmpty() ? e.getAttribute(name) : fallback;
    }

    private static boolean flag(Element e, String name) {
        return "true".equals(e.getAttribute(name));
    }

    /** Writes only when the content changed, so an unchanged schema does not make Maven recompile. */
    private static void write(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.write(file, bytes);
    }
}
