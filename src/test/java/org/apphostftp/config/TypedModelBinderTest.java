package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamException;
import org.apphostftp.config.jaxb.ConfigurationXml;
import org.apphostftp.config.jaxb.JaxbView;
import org.apphostftp.config.typed.TypedModelBinder;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlElement;
import org.apphostftp.config.xml.XmlSyntaxException;
import org.codehaus.stax2.XMLStreamReader2;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated binder reads every file as the JAXB runtime read it before (issue 14 item 3): the same objects with the
 * same values, made from the same elements in the same order, and the same elements with a value neither can convert.
 * JAXB, over the annotations of the same generated classes, is the reference; the inputs are every fixture and seeded
 * mutants of each (the mutations of {@link ConfigLoaderFuzzTest}: bad numbers, booleans, enums, time spans, unknown
 * attributes and elements, repeated and removed elements).
 */
class TypedModelBinderTest {

    private static final int MUTANTS_PER_FIXTURE = 150;

    @TempDir
    Path dir;

    /** What one binder made of a document: the objects in order with their elements, the unreadable values, the model. */
    private record Binding(List<String> objects, TreeSet<Integer> unreadable, String model) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal-anonymous.config", "site-defaults.config", "virtual-hosts.config", "user-isolation.config",
            "iis-real-world.config", "configapi.config", "invalid-many-errors.config"})
    void bindsEveryFixtureAndEachOfItsMutantsExactlyAsJaxbDid(String fixture) throws Exception {
        String original = Fixtures.text(fixture);
        XmlDocument document = parse(original);
        List<XmlElement> elements = new ArrayList<>();
        ConfigLoaderFuzzTest.collect(document.root(), elements);
        Random random = new Random(20_261_214L + fixture.hashCode());
        int same = 0;
        int refusedByBoth = 0;
        int refusedByValidators = 0;

        for (int i = 0; i <= MUTANTS_PER_FIXTURE; i++) {
            String mutant = i == 0 ? original : ConfigLoaderFuzzTest.mutate(original, elements, random); // 0: the fixture
            XmlDocument parsed;
            try {
                parsed = parse(mutant);
            } catch (XmlSyntaxException e) {
                continue; // neither binder sees a file that does not parse
            }
            Binding expected = jaxb(parsed);
            Binding actual = generated(parsed);
            String what = "mutant " + i + " of " + fixture + ":\n" + mutant;
            if (actual.unreadable().isEmpty()) {
                assertThat(actual).as(what).isEqualTo(expected);
                same++;
            } else if (!expected.unreadable().isEmpty()) {
                assertThat(actual.unreadable().first()).as(what).isEqualTo(expected.unreadable().first());
                refusedByBoth++;
            } else {
                // JAXB reads an int that overflows as another number; the validators refuse such a file before any binding
                XmlElement refused = elementAt(parsed.root(), actual.unreadable().first());
                int firstLine = refused.location().line();
                int lastLine = firstLine + (int) mutant.substring(refused.start(), refused.startTagEnd()).chars().filter(c -> c == '\n').count();
                Path file = Fixtures.installText(mutant, dir);
                assertThat(Fixtures.loader().load(file, "test.config").errors()).as(what)
                        .anySatisfy(p -> assertThat(p.location().line()).isBetween(firstLine, lastLine));
                refusedByValidators++;
            }
        }
        assertThat(same + refusedByBoth + refusedByValidators).as("mutants compared").isGreaterThan(MUTANTS_PER_FIXTURE / 2);
        assertThat(same).as("mutants both bind alike").isPositive();
        assertThat(refusedByBoth + refusedByValidators).as("mutants with a value the generated binder cannot convert").isPositive();
    }

    private static XmlElement elementAt(XmlElement e, int start) {
        if (e.start() == start) {
            return e;
        }
        for (XmlElement child : e.children()) {
            if (child.start() <= start && start < child.end()) {
                return elementAt(child, start);
            }
        }
        throw new AssertionError("no element at " + start);
    }

    private static XmlDocument parse(String text) throws XmlSyntaxException {
        return new SafeXmlReader().parse(Path.of("applicationHost.config"), "test.config", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Binding generated(XmlDocument document) {
        List<String> objects = new ArrayList<>();
        TreeSet<Integer> unreadable = new TreeSet<>();
        ConfigurationXml model = TypedModelBinder.configuration(document.root(), new TypedModelBinder.Listener() {
            @Override
            public void bound(Object typed, XmlElement element) {
                objects.add(typed.getClass().getSimpleName() + "@" + element.start());
            }

            @Override
            public void unreadable(XmlElement element, String reason) {
                unreadable.add(element.start());
            }
        });
        return new Binding(objects, unreadable, JaxbView.write("configuration", ConfigurationXml.class, model));
    }

    /** The binding as the JAXB runtime made it, the way the loader called it before the generated binder. */
    private static Binding jaxb(XmlDocument document) throws JAXBException, XMLStreamException {
        List<String> objects = new ArrayList<>();
        TreeSet<Integer> unreadable = new TreeSet<>();
        Deque<Integer> current = new ArrayDeque<>();
        XMLStreamReader2 reader = (XMLStreamReader2) new SafeXmlReader().streamReader(document.text());
        Unmarshaller u = JaxbView.context().createUnmarshaller();
        u.setListener(new Unmarshaller.Listener() {
            @Override
            public void beforeUnmarshal(Object target, Object parent) {
                int start = (int) reader.getLocationInfo().getStartingCharOffset();
                objects.add(target.getClass().getSimpleName() + "@" + start);
                current.push(start);
            }

            @Override
            public void afterUnmarshal(Object target, Object parent) {
                current.pop();
            }
        });
        u.setEventHandler(event -> {
            if (event.getSeverity() != ValidationEvent.WARNING && event.getLinkedException() != null) {
                unreadable.add(current.peek());
            }
            return true;
        });
        ConfigurationXml model;
        try {
            model = u.unmarshal(reader, ConfigurationXml.class).getValue();
        } catch (IllegalArgumentException e) {
            // what an adapter throws stops JAXB at that element: the model is then incomplete, only the element counts
            unreadable.add(current.peek());
            return new Binding(List.of(), unreadable, "");
        }
        return new Binding(objects, unreadable, JaxbView.write("configuration", ConfigurationXml.class, model));
    }
}
