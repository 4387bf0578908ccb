package org.apphostftp.config.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema the build compiles into {@code CompiledSchema} is the one {@code SchemaReader} reads from
 * {@code schema/ftp_schema.xml}: every section, element, attribute (type, default, flags, validation, values,
 * description), collection and method, in the same order.
 */
class CompiledSchemaTest {

    private static final Path SOURCE = Path.of("schema/ftp_schema.xml");

    @Test
    void theCompiledSchemaEqualsTheSchemaReadFromTheSourceFile() throws IOException {
        ConfigSchema read;
        try (InputStream in = Files.newInputStream(SOURCE)) {
            read = ConfigSchema.read(in);
        }

        assertThat(outline(CompiledSchema.schema())).isEqualTo(outline(read)).hasSizeGreaterThan(200);
    }

    @Test
    void theStandardSchemaIsTheCompiledOneAndEqualsTheShippedResource() {
        assertThat(outline(ConfigSchema.standard())).isEqualTo(outline(CompiledSchema.schema()));
        assertThat(outline(ConfigSchema.standard())).isEqualTo(outline(ConfigSchema.readResource()));
    }

    @Test
    void aSchemaFileThatDiffersInOneDefaultValueNoLongerEqualsTheCompiledSchema() throws IOException {
        String text = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("defaultValue=\"120\"", "defaultValue=\"121\"");
        assertThat(changed).as("the source has a default of 120 to change").isNotEqualTo(text);

        ConfigSchema read = ConfigSchema.read(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)));

        assertThat(outline(read)).isNotEqualTo(outline(CompiledSchema.schema()));
    }

    @Test
    void aSchemaFileWithOneMoreEnumValueNoLongerEqualsTheCompiledSchema() throws IOException {
        String text = Files.readString(SOURCE, StandardCharsets.UTF_8);
        int enumAt = text.indexOf("<enum ");
        String changed = text.substring(0, enumAt) + "<enum name=\"Extra\" value=\"99\" />" + text.substring(enumAt);

        ConfigSchema read = ConfigSchema.read(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)));

        assertThat(outline(read)).isNotEqualTo(outline(CompiledSchema.schema()));
    }

    /** One line per section, element, attribute, collection and method, each with every property, in schema order. */
    static List<String> outline(ConfigSchema schema) {
        List<String> lines = new ArrayList<>();
        for (SectionSchema s : schema.sections().values()) {
            lines.add("section " + s.path() + " appHostOnly=" + s.appHostOnly() + " group=" + s.group());
            element(lines, s.path(), s.root());
        }
        return lines;
    }

    private static void element(List<String> lines, String path, ElementSchema e) {
        lines.add(path + ": element " + e.name() + " runtime=" + e.runtime() + " otherAttributes="
                + e.allowUnrecognizedAttributes() + " otherElements=" + e.allowUnrecognizedElements() + " description="
                + e.description() + " keys=" + e.keyAttributes().stream().map(AttributeSchema::name).toList());
        e.attributes().forEach((name, a) -> lines.add(path + "@" + name + ": " + a));
        e.children().forEach((name, child) -> element(lines, path + "/" + name, child));
        e.collection().ifPresent(c -> {
            lines.add(path + ": collection add=" + c.addElement() + " remove=" + c.removeElement() + " clear="
                    + c.clearElement() + " defaults=" + c.defaultElement() + " runtime=" + c.runtime() + " description="
                    + c.description());
            element(lines, path + "/" + c.addElement(), c.itemSchema());
        });
        e.methods().forEach((name, m) -> {
            lines.add(path + ": method " + name + " description=" + m.description());
            element(lines, path + "/" + name + "(input)", m.input());
            element(lines, path + "/" + name + "(output)", m.output());
        });
    }
}
