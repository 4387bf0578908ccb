package org.apphostftp.configapi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.json.JsonTree;

/**
 * Renders elements as JSON (a tree of maps and lists, or straight to a jackson-core generator) and XML (the applicationHost.config element shape), runtime parts filled:
 * the one rendering shared by the config API, the CLI and the HTTP endpoint.
 *
 * <p>JSON: an element is an object of its attributes; a child element is a key holding an object; the items of a
 * collection are an array under their element name. int, uint and int64 are numbers, bool is a boolean, enums and
 * flags are their names, time spans {@code hh:mm:ss} text. As a tree, an object is a {@code Map<String, Object>} in
 * that order (a new {@link LinkedHashMap} the caller may change), an array a {@code List}, a number an {@code Integer}
 * (int) or {@code Long} (uint, int64), a boolean a {@code Boolean}, anything else a {@code String}. XML is that same tree read back: values are attributes,
 * objects are child elements, arrays are repeated elements; so an answer composed in JSON has an XML form through
 * {@link #jsonToXml}.
 *
 * <p>What is shown, as {@code appcmd list config} shows it: attributes that are written (in the element, or
 * inherited from siteDefaults or a less specific location) and every runtime attribute that has a value; elements
 * and configured collections only when they have something to show; runtime collections always, even when empty.
 * {@link #withDefaults()} adds every schema default and every element (as {@code appcmd /config:*}). Parts of an IIS
 * file that the schema does not know are shown as written, as text.
 */
public final class ConfigurationRenderer {

    private final boolean includeDefaults;
    /** The last schema's writer of runtime items ({@link RuntimeItemJson}); null until a listing needs one. */
    private volatile RuntimeItemJson lastItemJson;

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
    public Map<String, Object> toJson(ConfigurationElement element) {
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put(element.getElementTagName(), toJsonObject(element));
        return wrapper;
    }

    /** The element's own object: its attributes, child elements and items. */
    public Map<String, Object> toJsonObject(ConfigurationElement element) {
        return render(element.node, null);
    }

    /** Only the named attributes that have a value, without child elements: a projection. */
    public Map<String, Object> toJsonObject(ConfigurationElement element, Collection<String> attributes) {
        return render(element.node, Set.copyOf(attributes));
    }

    /**
     * Writes the element's object, as {@link #toJsonObject(ConfigurationElement)} renders it, straight to {@code out}:
     * a long listing (thousands of sessions) is written value by value, without a tree per element.
     */
    public void writeJsonObject(JsonGenerator out, ConfigurationElement element) throws IOException {
        out.writeStartObject();
        if (RuntimeItemJson.fits(element.node)) {
            itemJson(element.node.schema).write(out, (RuntimeItemNode) element.node);
        } else {
            try {
                render(element.node, null, new GeneratorFields(out));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        out.writeEndObject();
    }

    /**
     * Writes each element's object as {@link #writeJsonObject} does, one after another (as the items of an array the
     * caller opened, or as root values), on this thread: a run of runtime items also shares the quoted bytes of the
     * texts that repeat from one item to the next.
     */
    public void writeJsonObjects(JsonGenerator out, List<ConfigurationElement> elements) throws IOException {
        RuntimeItemJson.Run run = null;
        for (ConfigurationElement element : elements) {
            if (!RuntimeItemJson.fits(element.node)) {
                writeJsonObject(out, element);
                continue;
            }
            if (run == null || run.schema() != element.node.schema) {
                run = itemJson(element.node.schema).run();
            }
            out.writeStartObject();
            run.write(out, (RuntimeItemNode) element.node);
            out.writeEndObject();
        }
    }

    /** The writer of runtime items of {@code schema}; a listing asks for the same one thousands of times. */
    private RuntimeItemJson itemJson(ElementSchema schema) {
        RuntimeItemJson last = lastItemJson;
        if (last == null || last.schema != schema) {
            last = new RuntimeItemJson(schema);
            lastItemJson = last;
        }
        return last;
    }

    /** A value as {@link TreeFields} types it: int, uint and int64 numbers, bool a boolean, time spans hh:mm:ss. */
    static void writeTyped(JsonGenerator out, AttributeSchema schema, Object value) throws IOException {
        switch (schema.type()) {
            case BOOL -> out.writeBoolean((Boolean) value);
            case INT -> out.writeNumber((Integer) value);
            case UINT, INT64 -> out.writeNumber((Long) value);
            case TIME_SPAN -> out.writeString(AttributeValues.format(schema, value));
            default -> out.writeString(value.toString());
        }
    }

    /** Each element's object, in order (for example the sessions of several sites). */
    public List<Map<String, Object>> toJsonArray(Iterable<? extends ConfigurationElement> elements) {
        List<Map<String, Object>> array = new ArrayList<>();
        elements.forEach(e -> array.add(render(e.node, null)));
        return array;
    }

    /** Each element projected on the named attributes. */
    public List<Map<String, Object>> toJsonArray(Iterable<? extends ConfigurationElement> elements, Collection<String> attributes) {
        Set<String> names = Set.copyOf(attributes);
        List<Map<String, Object>> array = new ArrayList<>();
        elements.forEach(e -> array.add(render(e.node, names)));
        return array;
    }

    // ------------------------------------------------------------------------------------------ XML

    /** The element as indented XML, in the shape it has in the file. */
    public String toXml(ConfigurationElement element) {
        return jsonToXml(element.getElementTagName(), toJsonObject(element));
    }

    /** The elements inside a {@code <rootName>} element: {@code <sessions><session .../>...</sessions>}. */
    public String toXml(String rootName, Iterable<? extends ConfigurationElement> elements) {
        StringBuilder out = new StringBuilder();
        out.append('<').append(rootName).append('>').append('\n');
        boolean any = false;
        for (ConfigurationElement e : elements) {
            writeElement(out, e.getElementTagName(), toJsonObject(e), 1);
            any = true;
        }
        if (!any) {
            return "<" + rootName + " />\n";
        }
        return out.append("</").append(rootName).append(">\n").toString();
    }

    /**
     * A JSON tree in the shape above as XML: values become attributes, objects child elements, arrays of objects
     * repeated elements named by their key.
     */
    public static String jsonToXml(String rootName, Map<String, ?> tree) {
        StringBuilder out = new StringBuilder();
        writeElement(out, rootName, tree, 0);
        return out.toString();
    }

    /** @param tree an object's map; an array item that is no object counts as an object without members */
    private static void writeElement(StringBuilder out, String name, Object tree, int depth) {
        String indent = "  ".repeat(depth);
        out.append(indent).append('<').append(name);
        List<Map.Entry<String, Object>> elements = new ArrayList<>();
        if (tree instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> field : object.entrySet()) {
                String key = (String) field.getKey();
                Object value = field.getValue();
                if (value instanceof Map) {
                    elements.add(Map.entry(key, value));
                } else if (value instanceof List<?> items) {
                    items.forEach(item -> elements.add(new SimpleImmutableEntry<>(key, item)));
                } else if (value != null) {
                    out.append(' ').append(key).append("=\"").append(escape(value.toString())).append('"');
                }
            }
        }
        if (elements.isEmpty()) {
            out.append(" />\n");
            return;
        }
        out.append(">\n");
        for (Map.Entry<String, Object> e : elements) {
            writeElement(out, e.getKey(), e.getValue(), depth + 1);
        }
        out.append(indent).append("</").append(name).append(">\n");
    }

    /** Attribute text; characters XML 1.0 cannot hold at all (a client's control bytes) become U+FFFD. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#xA;");
                case '\r' -> out.append("&#xD;");
                case '\t' -> out.append("&#x9;");
                default -> out.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------ the walk

    private Map<String, Object> render(Node node, Set<String> projection) {
        Map<String, Object> out = new LinkedHashMap<>();
        render(node, projection, new TreeFields(out));
        return out;
    }

    /** The one walk of an element: its values go to {@code out}, whether that builds a tree or writes a stream. */
    private void render(Node node, Set<String> projection, Fields out) {
        boolean runtime = node.hasRuntime();
        for (AttributeSchema a : node.schema.attributes().values()) {
            if ((projection == null || projection.contains(a.name())) && (!a.runtime() || runtime)
                    && (a.runtime() || includeDefaults || !node.fromDefault(a))) { // a default is not parsed to be left out
                Object value = node.value(a);
                if (value != null) {
                    out.value(a, value);
                }
            }
        }
        if (projection != null) {
            node.unrecognizedAttributes().forEach((n, v) -> {
                if (projection.contains(n)) {
                    out.text(n, v);
                }
            });
            return;
        }
        node.unrecognizedAttributes().forEach(out::text);
        ElementSchema schema = node.schema;
        List<DraftElement> unknown = node.unrecognizedChildren();
        if (schema.children().isEmpty() && schema.collection().isEmpty() && unknown.isEmpty()) {
            return; // a leaf, such as a session: nothing more to walk
        }
        Map<String, Object> children = new LinkedHashMap<>(); // schema order first, then the file's order
        for (Map.Entry<String, ElementSchema> c : schema.children().entrySet()) {
            ElementSchema childSchema = c.getValue();
            if (!childSchema.runtime() || runtime) {
                Map<String, Object> child = render(node.child(c.getKey(), SchemaNavigator.StepKind.CHILD), null);
                if (childSchema.runtime() || includeDefaults || !child.isEmpty()) {
                    children.put(c.getKey(), child);
                }
            }
        }
        if (schema.collection().isPresent() || !unknown.isEmpty()) { // most elements have neither: a session, for one
            Map<String, Object> rest = new LinkedHashMap<>();
            schema.collection().ifPresent(collection -> renderCollection(node, collection, rest));
            writtenChildren(rest, unknown);
            children.putAll(rest);
        }
        inFileOrder(children, node.writtenElement()).forEach(e -> out.tree(e.getKey(), e.getValue()));
    }

    /** The children as the file writes them (a site's application before its ftpServer); unwritten ones keep schema order, last. */
    private static List<Map.Entry<String, Object>> inFileOrder(Map<String, Object> children, DraftElement written) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(children.entrySet());
        if (written == null || entries.size() < 2) {
            return entries;
        }
        Map<String, Integer> position = new HashMap<>();
        List<DraftElement> writtenChildren = written.children();
        for (int i = 0; i < writtenChildren.size(); i++) {
            position.putIfAbsent(writtenChildren.get(i).name(), i);
        }
        entries.sort(Comparator.comparingInt(e -> position.getOrDefault(e.getKey(), Integer.MAX_VALUE)));
        return entries;
    }

    private void renderCollection(Node node, CollectionSchema collection, Map<String, Object> out) {
        boolean runtime = collection.runtime() || !(node instanceof ConfiguredNode);
        if (!runtime || node.hasRuntime()) {
            List<Node> items = node.items();
            if (!items.isEmpty() || runtime || includeDefaults) {
                List<Object> array = new ArrayList<>(items.size());
                out.put(collection.addElement(), array);
                for (Node item : items) {
                    array.add(render(item, null));
                }
            }
        }
        if (collection.defaults().isPresent()) {
            String defaultsName = collection.defaults().get();
            Map<String, Object> defaults = render(node.child(defaultsName, SchemaNavigator.StepKind.DEFAULTS), null);
            if (includeDefaults || !defaults.isEmpty()) {
                out.put(defaultsName, defaults);
            }
        }
    }

    /** Where the walk puts an element's fields. */
    private interface Fields {
        void value(AttributeSchema schema, Object value);

        void text(String name, String value);

        void tree(String name, Object value);
    }

    /** Fields into an object's map; int, uint and int64 become numbers, bool a boolean, time spans hh:mm:ss. */
    private record TreeFields(Map<String, Object> out) implements Fields {
        @Override
        public void value(AttributeSchema schema, Object value) {
            out.put(schema.name(), switch (schema.type()) {
                case BOOL -> (Boolean) value;
                case INT -> (Integer) value;
                case UINT, INT64 -> (Long) value;
                case TIME_SPAN -> AttributeValues.format(schema, value);
                default -> value.toString();
            });
        }

        @Override
        public void text(String name, String value) {
            out.put(name, value);
        }

        @Override
        public void tree(String name, Object value) {
            out.put(name, value);
        }
    }

    /** Fields written to a stream, with the same types as {@link TreeFields}. */
    private record GeneratorFields(JsonGenerator out) implements Fields {

        /** Attribute names quoted and encoded once (a listing of 5,000 sessions writes each name 5,000 times). */
        private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();

        @Override
        public void value(AttributeSchema schema, Object value) {
            try {
                out.writeFieldName(NAMES.computeIfAbsent(schema.name(), SerializedString::new));
                writeTyped(out, schema, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void text(String name, String value) {
            try {
                out.writeStringField(name, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void tree(String name, Object value) {
            try {
                out.writeFieldName(name);
                JsonTree.write(out, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Elements the schema does not know, as written: one of a name is an object, several an array. */
    private static void writtenChildren(Map<String, Object> out, List<DraftElement> children) {
        Map<String, List<DraftElement>> byName = new LinkedHashMap<>();
        children.forEach(e -> byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e));
        byName.forEach((name, elements) -> {
            if (elements.size() == 1) {
                out.put(name, written(elements.get(0)));
            } else {
                List<Object> array = new ArrayList<>(elements.size());
                out.put(name, array);
                elements.forEach(e -> array.add(written(e)));
            }
        });
    }

    private static Map<String, Object> written(DraftElement element) {
        Map<String, Object> out = new LinkedHashMap<>();
        element.attributes().forEach(out::put);
        writtenChildren(out, element.children());
        return out;
    }
}
