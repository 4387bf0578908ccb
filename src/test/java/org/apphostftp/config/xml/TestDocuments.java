package org.apphostftp.config.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Comparison;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;

/** Reading test documents, finding their elements and comparing texts. */
final class TestDocuments {

    private TestDocuments() {
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static XmlDocument parse(String text) throws XmlSyntaxException {
        return new SafeXmlReader().parse(Path.of("a.config"), "a.config", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The element reached by steps such as {@code "sites"} or {@code "site[name=Contoso FTP]"}. */
    static XmlElement at(XmlElement from, String... steps) {
        XmlElement current = from;
        for (String step : steps) {
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            String[] test = bracket < 0 ? null : step.substring(bracket + 1, step.length() - 1).split("=", 2);
            current = current.children(name).stream()
                    .filter(e -> test == null || test[1].equals(e.value(test[0])))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + step));
        }
        return current;
    }

    /** {@code text} with its only occurrence of {@code old} replaced (fails when it occurs more or less than once). */
    static String replaceOnce(String text, String old, String replacement) {
        int at = text.indexOf(old);
        assertThat(at).as("'%s' occurs in the text", old).isNotNegative();
        assertThat(text.indexOf(old, at + 1)).as("'%s' occurs once", old).isNegative();
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    /** Every XMLUnit difference between two texts, blanks between elements ignored, as "TYPE at XPATH". */
    static List<String> differences(String control, String test) {
        Diff diff = DiffBuilder.compare(Input.fromString(control)).withTest(Input.fromString(test)).ignoreWhitespace().build();
        List<String> found = new ArrayList<>();
        for (Difference d : diff.getDifferences()) {
            Comparison c = d.getComparison();
            boolean inTest = c.getType() == ComparisonType.ATTR_NAME_LOOKUP ? c.getTestDetails().getValue() != null
                    : c.getTestDetails().getTarget() != null;
            found.add(c.getType() + " at " + (inTest ? c.getTestDetails() : c.getControlDetails()).getXPath()); // where it exists
        }
        return found;
    }

    static Map.Entry<String, String> attr(String name, String value) {
        return Map.entry(name, value);
    }
}
