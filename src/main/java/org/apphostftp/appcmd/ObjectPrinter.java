package org.apphostftp.appcmd;

import java.io.PrintWriter;
import java.util.List;
import org.apphostftp.configapi.ConfigurationAttribute;
import org.apphostftp.configapi.ConfigurationElement;

/** appcmd's output forms for listed objects: one line each (default), {@code /text:*}, {@code /text:ATTR}, {@code /xml}. */
final class ObjectPrinter {

    private ObjectPrinter() {
    }

    static void print(AppcmdLine line, List<AppcmdObject> objects, PrintWriter out) {
        if (line.xml()) {
            out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            out.println("<appcmd>");
            for (AppcmdObject o : objects) {
                StringBuilder e = new StringBuilder("    <").append(o.type());
                o.attributes().forEach((k, v) -> e.append(' ').append(k).append("=\"").append(Xml.escape(v)).append('"'));
                out.println(e.append(" />"));
            }
            out.println("</appcmd>");
            return;
        }
        String text = line.text().orElse("");
        for (AppcmdObject o : objects) {
            if (text.isEmpty()) {
                out.println(o.textLine());
            } else if (text.equals("*")) {
                out.println(o.type());
                o.attributes().forEach((k, v) -> out.println("  " + k + ":\"" + v + "\""));
                dump(o.element(), "  ", out);
            } else {
                out.println(o.value(text).orElse(""));
            }
        }
    }

    /** {@code [site]} then {@code name:"value"} lines, children indented below. */
    private static void dump(ConfigurationElement element, String indent, PrintWriter out) {
        out.println(indent + "[" + element.getElementTagName() + "]");
        String inner = indent + "  ";
        for (ConfigurationAttribute a : element.getAttributes()) {
            out.println(inner + a.getName() + ":\"" + (a.getValue() == null ? "" : ElementEditor.text(a.getValue())) + "\"");
        }
        for (ConfigurationElement child : element.getChildElements()) {
            dump(child, inner, out);
        }
        if (element.getSchema().collection().isPresent()) {
            for (ConfigurationElement item : element.getCollection()) {
                dump(item, inner, out);
            }
        }
    }

    /** XML attribute text. */
    static final class Xml {
        private Xml() {
        }

        static String escape(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
