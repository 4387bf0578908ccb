package org.apphostftp.config.schema;

import java.util.List;

/**
 * The configuration reference of the README, generated from the schema so that the two never disagree
 * (ConfigurationReferenceTest fails when the README's copy is stale).
 */
public final class ReferenceTable {

    private ReferenceTable() {
    }

    /** Markdown: one table per section, one row per attribute, elements in schema order. */
    public static String markdown(ConfigSchema schema) {
        StringBuilder out = new StringBuilder();
        for (SectionSchema section : schema.sections().values()) {
            out.append("#### `").append(section.path()).append('`');
            if (section.appHostOnly()) {
                out.append(" (server level only)");
            }
            out.append("\n\n| element | attribute | type | default | meaning |\n|---|---|---|---|---|\n");
            element(out, section.root(), section.root().name(), false);
            out.append('\n');
        }
        return out.toString();
    }

    private static void element(StringBuilder out, ElementSchema e, String path, boolean runtime) {
        boolean rt = runtime || e.runtime();
        if (!e.description().isEmpty() || (e.attributes().isEmpty() && !e.methods().isEmpty())) {
            out.append("| `").append(path).append("` | | | | ").append(cell(e.description())).append(rt ? " *(runtime, read-only)*" : "")
                    .append(methods(e)).append(" |\n");
        } else if (!e.methods().isEmpty()) {
            out.append("| `").append(path).append("` | | | | ").append(methods(e).trim()).append(" |\n");
        }
        for (AttributeSchema a : e.attributes().values()) {
            out.append("| `").append(path).append("` | `").append(a.name()).append("` | ").append(type(a)).append(" | ")
                    .append(a.defaultValue() == null ? "" : "`" + (a.defaultValue().isEmpty() ? "\"\"" : a.defaultValue()) + "`")
                    .append(" | ").append(cell(a.description()));
            if (!a.values().isEmpty()) {
                List<String> names = a.values().stream().map(v -> v.name() + "=" + v.value()).toList();
                out.append(a.description().isEmpty() ? "" : " ").append(a.type() == ValueType.FLAGS ? "Flags: " : "One of: ")
                        .append(String.join(", ", names)).append('.');
            }
            if (a.required()) {
                out.append(" Required.");
            }
            if (a.isKey()) {
                out.append(" Key.");
            }
            if (rt || a.runtime()) {
                out.append(" *(runtime, read-only)*");
            }
            out.append(" |\n");
        }
        for (ElementSchema child : e.children().values()) {
            element(out, child, path + "/" + child.name(), rt);
        }
        e.collection().ifPresent(c -> {
            String verbs = "add `<" + c.addElement() + ">`" + c.remove().map(r -> ", `<" + r + ">`").orElse("")
                    + c.clear().map(r -> ", `<" + r + "/>`").orElse("")
                    + c.defaults().map(d -> "; defaults in `<" + d + ">`").orElse("");
            out.append("| `").append(path).append("` | | collection | | ").append(cell(c.description()))
                    .append(c.description().isEmpty() ? "" : " ").append(verbs).append(c.runtime() || rt ? " *(runtime, read-only)*" : "")
                    .append(" |\n");
            element(out, c.itemSchema(), path + "/" + c.addElement(), rt || c.runtime());
        });
    }

    private static String methods(ElementSchema e) {
        if (e.methods().isEmpty()) {
            return "";
        }
        return " Methods: " + String.join(", ", e.methods().values().stream().map(m -> "`" + m.name() + "`").toList()) + ".";
    }

    private static String type(AttributeSchema a) {
        return a.type().schemaName();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
