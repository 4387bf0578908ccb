package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.CollectionSchema;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.schema.ElementSchema;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validators resolve inheritance on the element tree ({@link ResolvedElement}), the runtime on the typed model
 * ({@link TypedInheritance}), both with the rules of {@link Inheritance}: on every fixture, every section as written at
 * the server level and at each {@code <location>} (after the server level) resolves to the same value of every
 * attribute, child and collection item on both paths.
 */
class InheritanceAgreementTest {

    private static final ConfigSchema SCHEMA = ConfigSchema.standard();

    @TempDir
    Path dir;

    /** Every fixture the loader accepts (a fixture with errors has no runtime to compare with). */
    static List<String> validFixtures() throws IOException, URISyntaxException {
        Path folder = Path.of(InheritanceAgreementTest.class.getResource("/fixtures").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".config")).sorted()
                    .filter(f -> !f.startsWith("invalid-")).toList();
        }
    }

    @Test
    void everyFixtureButTheInvalidOnesIsCompared() throws Exception {
        assertThat(validFixtures()).hasSizeGreaterThanOrEqualTo(6);
        Path invalid = Fixtures.install("invalid-many-errors.config", dir);
        assertThat(Fixtures.loader().load(invalid).ok()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void theElementTreeAndTheTypedModelResolveTheFixtureAlike(String fixture) throws Exception {
        Path file = Fixtures.install(fixture, dir);
        assertThat(Fixtures.loader().load(file).errors()).as("the fixture loads").isEmpty();
        XmlDocument document = new SafeXmlReader().read(file, fixture);
        List<Problem> problems = new ArrayList<>();
        TypedDocument typed = TypedBinder.bind(document, SCHEMA, problems).orElseThrow();
        assertThat(problems).isEmpty();
        TypedInheritance inheritance = new TypedInheritance(List.of(typed));

        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (TypedDocument.Section section : typed.sections()) {
            List<Object> typedChain = new ArrayList<>();
            if (!section.locationKey().isEmpty()) {
                typedChain.addAll(typed.sections(section.path(), "", Object.class));
            }
            typedChain.add(section.typed());
            List<org.apphostftp.config.xml.XmlElement> written = typedChain.stream().map(t -> typed.written(t).orElseThrow()).toList();
            ElementSchema root = SCHEMA.section(section.path()).orElseThrow().root();
            Object resolved = inheritance.resolve(root, typeOf(section), typedChain);
            compared += compare(root, new ResolvedElement(root, written), resolved,
                    section.path() + "@" + section.locationKey(), differences);
        }

        assertThat(differences).as("values that differ between the two paths").isEmpty();
        assertThat(compared).as("values compared").isGreaterThan(50);
    }

    /** The generated class of a section (every level of one section has it). */
    @SuppressWarnings("unchecked")
    private static Class<Object> typeOf(TypedDocument.Section section) {
        return (Class<Object>) section.typed().getClass();
    }

    /** Compares one element and everything under it; returns how many values were compared. */
    private static int compare(ElementSchema schema, ResolvedElement tree, Object typed, String path, List<String> out) {
        int compared = 0;
        for (AttributeSchema a : schema.attributes().values()) {
            Field f = field(typed.getClass(), XmlAttribute.class, a.name());
            if (f == null || a.runtime()) {
                continue;
            }
            Object fromTree = tree.value(a.name());
            Object value = get(f, typed);
            Object fromTyped = value == null ? null : AttributeValues.parse(a, text(f, value));
            if (!Objects.equals(fromTree, fromTyped)) {
                out.add(path + "/@" + a.name() + ": element tree " + fromTree + ", typed model " + fromTyped);
            }
            compared++;
        }
        for (Map.Entry<String, ElementSchema> c : schema.children().entrySet()) {
            Field f = field(typed.getClass(), XmlElement.class, c.getKey());
            if (f != null && !c.getValue().runtime()) {
                compared += compare(c.getValue(), tree.child(c.getKey()), get(f, typed), path + "/" + c.getKey(), out);
            }
        }
        if (schema.collection().isPresent() && !schema.collection().get().runtime()) {
            CollectionSchema collection = schema.collection().get();
            List<ResolvedElement> treeItems = tree.items();
            List<?> typedItems = (List<?>) get(items(typed.getClass(), collection), typed);
            if (treeItems.size() != typedItems.size()) {
                out.add(path + ": element tree " + treeItems.size() + " items, typed model " + typedItems.size());
                return compared;
            }
            for (int i = 0; i < treeItems.size(); i++) {
                compared += compare(collection.itemSchema(), treeItems.get(i), typedItems.get(i),
                        path + "/" + collection.addElement() + "[" + i + "]", out);
            }
        }
        return compared;
    }

    private static Field field(Class<?> type, Class<?> annotation, String name) {
        for (Field f : type.getFields()) {
            if (annotation == XmlAttribute.class && f.isAnnotationPresent(XmlAttribute.class)
                    && f.getAnnotation(XmlAttribute.class).name().equals(name)) {
                return f;
            }
            if (annotation == XmlElement.class && f.isAnnotationPresent(XmlElement.class)
                    && f.getAnnotation(XmlElement.class).name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The field that holds a collection's items: the one list of mixed entries, else the add element's list. */
    private static Field items(Class<?> type, CollectionSchema collection) {
        for (Field f : type.getFields()) {
            if (f.isAnnotationPresent(XmlElements.class)) {
                return f;
            }
        }
        return Objects.requireNonNull(field(type, XmlElement.class, collection.addElement()), type + " has no items");
    }

    /** A typed value as the file would write it, through the field's own JAXB adapter. */
    @SuppressWarnings("unchecked")
    private static String text(Field f, Object value) {
        XmlJavaTypeAdapter annotation = f.getAnnotation(XmlJavaTypeAdapter.class);
        if (annotation == null) {
            return value.toString();
        }
        try {
            return ((XmlAdapter<String, Object>) annotation.value().getDeclaredConstructor().newInstance()).marshal(value);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    private static Object get(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
