package org.apphostftp.config.jaxb;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apphostftp.config.effective.IisEnum;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.schema.NamedValue;
import org.apphostftp.config.schema.SectionSchema;
import org.junit.jupiter.api.Test;

/**
 * The JAXB model and the Java enums are generated from schema/ftp_schema.xml by the build (TypedModelGenerator); this
 * test proves the generator's output says exactly what the server's own schema reader understands of that file: the
 * same sections, elements, attributes, Java types, enum and flag values, collections and verbs.
 */
class SchemaModelAgreementTest {

    private final List<String> disagreements = new ArrayList<>();

    @Test
    void jaxbModelMatchesTheSchemaEverywhere() {
        for (SectionSchema section : ConfigSchema.standard().sections().values()) {
            Class<?> type = ConfigurationXml.class;
            for (String segment : section.path().split("/")) {
                Field f = elementFields(type).get(segment);
                if (f == null) {
                    disagreements.add(type.getSimpleName() + " has no element field <" + segment + "> for section " + section.path());
                    type = null;
                    break;
                }
                type = f.getType();
            }
            if (type != null) {
                compare(section.root(), type, section.path());
            }
        }
        assertThat(disagreements).as("schema and JAXB model disagree").isEmpty();
    }

    @Test
    void everyJaxbSectionFieldIsASchemaSection() {
        List<String> paths = new ArrayList<>();
        collectSectionPaths(ConfigurationXml.class, "", paths);
        assertThat(paths).containsExactlyInAnyOrderElementsOf(ConfigSchema.standard().sections().keySet());
    }

    private void collectSectionPaths(Class<?> group, String prefix, List<String> out) {
        for (Map.Entry<String, Field> e : elementFields(group).entrySet()) {
            if (e.getKey().equals("location")) {
                continue;
            }
            String path = prefix.isEmpty() ? e.getKey() : prefix + "/" + e.getKey();
            Class<?> type = e.getValue().getType();
            if (type.getSimpleName().endsWith("Group")) {
                collectSectionPaths(type, path, out);
            } else {
                out.add(path);
            }
        }
    }

    private void compare(ElementSchema schema, Class<?> type, String path) {
        Map<String, Field> attributes = attributeFields(type);
        for (AttributeSchema a : schema.attributes().values()) {
            Field f = attributes.remove(a.name());
            if (f == null) {
                disagreements.add(path + "/@" + a.name() + ": no field in " + type.getSimpleName());
            } else {
                compareType(a, f, path + "/@" + a.name());
            }
        }
        attributes.keySet().forEach(extra -> disagreements.add(path + "/@" + extra + ": in " + type.getSimpleName() + " but not in the schema"));

        boolean any = fields(type).stream().anyMatch(f -> f.isAnnotationPresent(XmlAnyAttribute.class));
        if (any != schema.allowUnrecognizedAttributes()) {
            disagreements.add(path + ": allowUnrecognizedAttributes is " + schema.allowUnrecognizedAttributes()
                    + " but " + type.getSimpleName() + (any ? " keeps" : " drops") + " unknown attributes");
        }

        Map<String, Field> elements = elementFields(type);
        for (ElementSchema child : schema.children().values()) {
            Field f = elements.remove(child.name());
            if (f == null) {
                disagreements.add(path + "/" + child.name() + ": no field in " + type.getSimpleName());
            } else {
                compare(child, f.getType(), path + "/" + child.name());
            }
        }
        schema.collection().ifPresent(c -> compareCollection(c, type, elements, path));
        elements.keySet().forEach(extra -> disagreements.add(path + "/" + extra + ": in " + type.getSimpleName() + " but not in the schema"));
    }

    private void compareCollection(CollectionSchema c, Class<?> type, Map<String, Field> elements, String path) {
        Class<?> itemType = null;
        if (c.remove().isPresent() || c.clear().isPresent()) {
            Field f = fields(type).stream().filter(x -> x.isAnnotationPresent(XmlElements.class)).findFirst().orElse(null);
            if (f == null) {
                disagreements.add(path + ": collection with remove/clear needs an @XmlElements field in " + type.getSimpleName());
                return;
            }
            Map<String, Class<?>> verbs = new LinkedHashMap<>();
            for (XmlElement e : f.getAnnotation(XmlElements.class).value()) {
                verbs.put(e.name(), e.type());
            }
            itemType = verbs.remove(c.addElement());
            c.remove().ifPresent(r -> expectVerb(verbs.remove(r), RemoveEntry.class, path + "/" + r));
            c.clear().ifPresent(r -> expectVerb(verbs.remove(r), ClearEntry.class, path + "/" + r));
            verbs.keySet().forEach(extra -> disagreements.add(path + "/" + extra + ": collection verb not in the schema"));
        } else {
            Field f = elements.remove(c.addElement());
            if (f != null && f.getGenericType() instanceof ParameterizedType p) {
                itemType = (Class<?>) p.getActualTypeArguments()[0];
            }
        }
        if (itemType == null) {
            disagreements.add(path + "/" + c.addElement() + ": no collection field in " + type.getSimpleName());
            return;
        }
        compare(c.itemSchema(), itemType, path + "/" + c.addElement());
        if (c.defaults().isPresent()) {
            Field d = elements.remove(c.defaultElement());
            if (d == null || d.getType() != itemType) {
                disagreements.add(path + "/" + c.defaultElement() + ": needs a field of type " + itemType.getSimpleName());
            }
        }
    }

    private void expectVerb(Class<?> actual, Class<?> expected, String path) {
        if (actual != expected) {
            disagreements.add(path + ": expected " + expected.getSimpleName() + ", found " + actual);
        }
    }

    private void compareType(AttributeSchema a, Field f, String path) {
        XmlJavaTypeAdapter adapter = f.getAnnotation(XmlJavaTypeAdapter.class);
        switch (a.type()) {
            case STRING -> expect(f.getType() == String.class && adapter == null, path, "String");
            case BOOL -> expect(f.getType() == Boolean.class && adapter != null && adapter.value() == IisBooleanAdapter.class, path,
                    "Boolean with IisBooleanAdapter");
            case INT -> expect(f.getType() == Integer.class, path, "Integer");
            case UINT, INT64 -> expect(f.getType() == Long.class, path, "Long");
            case TIME_SPAN -> expect(f.getType() == Duration.class && adapter != null && adapter.value() == TimeSpanAdapter.class,
                    path, "Duration with TimeSpanAdapter");
            case ENUM -> {
                expect(IisEnum.class.isAssignableFrom(f.getType()) && adapter != null, path, "an IisEnum with an adapter");
                compareValues(a, f.getType(), path);
            }
            case FLAGS -> {
                boolean isSet = f.getType() == Set.class && f.getGenericType() instanceof ParameterizedType;
                expect(isSet && adapter != null, path, "Set<IisEnum> with an adapter");
                if (isSet) {
                    compareValues(a, (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0], path);
                }
            }
        }
    }

    private void compareValues(AttributeSchema a, Class<?> enumType, String path) {
        List<NamedValue> javaValues = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            IisEnum e = (IisEnum) constant;
            javaValues.add(new NamedValue(e.iisName(), e.value()));
        }
        if (!javaValues.equals(a.values())) {
            disagreements.add(path + ": " + enumType.getSimpleName() + " has " + javaValues + " but the schema has " + a.values());
        }
    }

    private void expect(boolean ok, String path, String what) {
        if (!ok) {
            disagreements.add(path + ": field should be " + what);
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            out.addAll(List.of(c.getDeclaredFields()));
        }
        return out;
    }

    private static Map<String, Field> attributeFields(Class<?> type) {
        Map<String, Field> out = new LinkedHashMap<>();
        for (Field f : fields(type)) {
            XmlAttribute a = f.getAnnotation(XmlAttribute.class);
            if (a != null) {
                out.put(a.name(), f);
            }
        }
        return out;
    }

    private static Map<String, Field> elementFields(Class<?> type) {
        Map<String, Field> out = new LinkedHashMap<>();
        for (Field f : fields(type)) {
            XmlElement e = f.getAnnotation(XmlElement.class);
            if (e != null) {
                out.put(e.name(), f);
            }
        }
        return out;
    }
}
