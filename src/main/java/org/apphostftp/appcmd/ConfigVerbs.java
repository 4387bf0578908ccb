package org.apphostftp.appcmd;

import java.io.PrintWriter;
import java.util.List;
import org.apphostftp.configapi.ConfigurationAttribute;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationRenderer;
import org.apphostftp.configapi.ConfigurationSection;

/** {@code list|set|clear config [LOCATION] /section:PATH}: a configuration section at the server level or a location. */
final class ConfigVerbs {

    private static final String APPHOST = "MACHINE/WEBROOT/APPHOST";

    private ConfigVerbs() {
    }

    /** The section in the shape of the file, inside its section groups; every section when none is named. */
    static void list(Workspace ws, AppcmdLine line, PrintWriter out) {
        String location = ws.locationPath(line.identifier().orElse(""));
        List<String> sections = line.section().isPresent() ? List.of(ws.sectionPath(line.section().get()))
                : List.copyOf(ws.sections());
        if (line.xml()) {
            out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            out.println("<appcmd>");
        }
        for (String path : sections) {
            ConfigurationSection section = section(ws, path, location);
            if (section == null) {
                continue;
            }
            if (line.xml()) {
                out.println("    <CONFIG CONFIG.SECTION=\"" + path + "\" path=\"" + ObjectPrinter.Xml.escape(commitPath(location))
                        + "\">");
                out.print(indent(grouped(path, section), "        "));
                out.println("    </CONFIG>");
            } else if (line.text().filter(t -> !t.isEmpty() && !t.equals("*")).isPresent()) {
                AppcmdObject object = new AppcmdObject("CONFIG", path, java.util.Map.of("CONFIG.SECTION", path),
                        java.util.Map.of(), section);
                out.println(object.value(line.text().get()).orElse(""));
            } else {
                out.print(grouped(path, section));
            }
        }
        if (line.xml()) {
            out.println("</appcmd>");
        }
    }

    static void set(Workspace ws, AppcmdLine line, PrintWriter out) {
        String location = ws.locationPath(line.identifier().orElse(""));
        String path = ws.sectionPath(requiredSection(line));
        ConfigurationSection section = sectionOrFail(ws, path, location);
        if (line.parameters().isEmpty()) {
            throw new AppcmdException("Nothing to set: give attributes such as /ATTRIBUTE:VALUE or /+[KEY='VALUE']");
        }
        for (Parameter p : line.parameters()) {
            ElementEditor.apply(section, p);
        }
        ws.commit();
        out.println(applied(path, location));
    }

    /** Removes what the section sets at this level: its attributes, child elements and collection items. */
    static void clear(Workspace ws, AppcmdLine line, PrintWriter out) {
        String location = ws.locationPath(line.identifier().orElse(""));
        String path = ws.sectionPath(requiredSection(line));
        ConfigurationSection section = sectionOrFail(ws, path, location);
        if (line.parameters().isEmpty()) {
            clear(section);
        } else {
            for (Parameter p : line.parameters()) {
                ConfigurationElement at = ElementEditor.walk(section, p.path());
                clear(at);
            }
        }
        ws.commit();
        out.println(applied(path, location));
    }

    private static void clear(ConfigurationElement element) {
        for (ConfigurationAttribute a : element.getAttributes()) {
            if (!a.isRuntime() && a.getSchema() != null && !a.isInheritedFromDefaultValue()) {
                element.deleteAttribute(a.getName());
            }
        }
        for (ConfigurationElement child : element.getChildElements()) {
            if (!child.getSchema().runtime()) {
                clear(child);
            }
        }
        if (element.getSchema().collection().isPresent() && !element.getSchema().runtime()
                && !element.getCollection().isEmpty()) {
            element.getCollection().clear();
        }
    }

    private static String requiredSection(AppcmdLine line) {
        return line.section().orElseThrow(() -> new AppcmdException("Missing /section:PATH (for example "
                + "/section:system.ftpServer/security/authorization)"));
    }

    private static ConfigurationSection section(Workspace ws, String path, String location) {
        try {
            return ws.configuration().getSection(path, location);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ConfigurationSection sectionOrFail(Workspace ws, String path, String location) {
        try {
            return ws.configuration().getSection(path, location);
        } catch (IllegalArgumentException e) {
            throw new AppcmdException(e.getMessage());
        }
    }

    private static String commitPath(String location) {
        return location.isEmpty() ? APPHOST : APPHOST + "/" + location;
    }

    private static String applied(String section, String location) {
        return "Applied configuration changes to section \"" + section + "\" for \"" + commitPath(location)
                + "\" at configuration commit path \"" + APPHOST + "\"";
    }

    /** {@code <system.ftpServer><security><authorization .../></security></system.ftpServer>}, indented by two. */
    private static String grouped(String path, ConfigurationSection section) {
        String[] groups = path.split("/");
        String body = ConfigurationRenderer.standard().toXml(section);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < groups.length - 1; i++) {
            out.append("  ".repeat(i)).append('<').append(groups[i]).append(">\n");
        }
        out.append(indent(body, "  ".repeat(groups.length - 1)));
        for (int i = groups.length - 2; i >= 0; i--) {
            out.append("  ".repeat(i)).append("</").append(groups[i]).append(">\n");
        }
        return out.toString();
    }

    private static String indent(String text, String by) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(l -> out.append(by).append(l).append('\n'));
        return out.toString();
    }
}
