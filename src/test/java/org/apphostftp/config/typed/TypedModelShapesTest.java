package org.apphostftp.config.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apphostftp.config.jaxb.ClearEntry;
import org.apphostftp.config.jaxb.ConfigurationXml;
import org.apphostftp.config.jaxb.RemoveEntry;
import org.apphostftp.config.jaxb.Session;
import org.apphostftp.config.jaxb.Sessions;
import org.apphostftp.config.jaxb.SitesSection;
import org.junit.jupiter.api.Test;

/**
 * The generated shapes say what the JAXB annotations of the generated classes say (issue 14 item 3: IIS inheritance
 * reads them instead of the annotations): for every class reachable from the model's roots, the same attribute and
 * element names on the same fields, the same types, item types and adapters; and each slot's get and set reach the
 * field the annotation is on.
 */
class TypedModelShapesTest {

    @Test
    void everyClassOfTheModelHasTheShapeItsAnnotationsDescribe() throws Exception {
        Set<Class<?>> classes = reachable(ConfigurationXml.class, SitesSection.class, Sessions.class, Session.class,
                RemoveEntry.class, ClearEntry.class);
        int slots = 0;
        for (Class<?> type : classes) {
            TypedModelShapes.Shape shape = TypedModelShapes.of(type);
            Map<String, Field> attributes = new HashMap<>();
            Map<String, Field> elements = new HashMap<>();
            Map<String, Class<?>> mixedTypes = new HashMap<>();
            Field mixed = null;
            for (Field f : type.getFields()) {
                if (f.getAnnotation(XmlAttribute.class) != null) {
                    attributes.put(f.getAnnotation(XmlAttribute.class).name(), f);
                } else if (f.getAnnotation(XmlElement.class) != null) {
                    elements.put(f.getAnnotation(XmlElement.class).name(), f);
                } else if (f.getAnnotation(XmlElements.class) != null) {
                    mixed = f;
                    for (XmlElement one : f.getAnnotation(XmlElements.class).value()) {
                        mixedTypes.put(one.name(), one.type());
                    }
                }
            }
            assertThat(shape.attributes().keySet()).as(type.getSimpleName()).isEqualTo(attributes.keySet());
            assertThat(shape.elements().keySet()).as(type.getSimpleName()).isEqualTo(elements.keySet());
            assertThat(shape.mixedTypes()).as(type.getSimpleName()).isEqualTo(mixedTypes);
            assertThat(shape.mixed() == null).as(type.getSimpleName()).isEqualTo(mixed == null);
            for (Map.Entry<String, Field> a : attributes.entrySet()) {
                sameField(type, shape.attributes().get(a.getKey()), a.getValue());
                slots++;
            }
            for (Map.Entry<String, Field> e : elements.entrySet()) {
                sameField(type, shape.elements().get(e.getKey()), e.getValue());
                slots++;
            }
            if (mixed != null) {
                sameField(type, shape.mixed(), mixed);
            }
        }
        assertThat(classes).hasSizeGreaterThan(50);
        assertThat(slots).isGreaterThan(200);
    }

    @Test
    void aClassOutsideTheModelHasNoShapeAndNoInstance() {
        assertThatThrownBy(() -> TypedModelShapes.of(String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> TypedModelShapes.instance(Map.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sameField(Class<?> type, TypedModelShapes.Slot slot, Field field) throws Exception {
        String what = type.getSimpleName() + "." + field.getName();
        assertThat(slot.type()).as(what).isEqualTo(field.getType());
        if (field.getType() == List.class && slot.itemType() != Object.class) {
            assertThat(slot.itemType()).as(what).isEqualTo(((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0]);
        }
        XmlJavaTypeAdapter adapter = field.getAnnotation(XmlJavaTypeAdapter.class);
        assertThat(slot.adapter() == null ? null : slot.adapter().getClass()).as(what).isEqualTo(adapter == null ? null : adapter.value());

        Object target = TypedModelShapes.instance(type);
        assertThat(target).isInstanceOf(type);
        Object value = sample(field.getType());
        slot.set(target, value);
        assertThat(field.get(target)).as(what).isSameAs(value);
        field.set(target, null);
        assertThat(slot.get(target)).as(what).isNull();
    }

    private static Object sample(Class<?> type) throws Exception {
        if (type == String.class) {
            return new String("sample");
        } else if (type == Long.class) {
            return Long.valueOf(123_456_789L);
        } else if (type == Integer.class) {
            return Integer.valueOf(123_456);
        } else if (type == Boolean.class) {
            return Boolean.TRUE;
        } else if (type == java.time.Duration.class) {
            return java.time.Duration.ofSeconds(7);
        } else if (type == List.class) {
            return new java.util.ArrayList<>();
        } else if (type == Set.class) {
            return new java.util.HashSet<>();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return TypedModelShapes.instance(type);
    }

    private static Set<Class<?>> reachable(Class<?>... roots) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(roots));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Field f : type.getFields()) {
                Class<?> next = f.getType();
                if (next == List.class && f.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
                    next = item;
                }
                if (next.getPackageName().equals(ConfigurationXml.class.getPackageName())) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }
}
