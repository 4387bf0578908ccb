package org.apphostftp.appcmd;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationElementCollection;

/**
 * {@code list|add|set|delete vdir}: virtual directories, named by site, application and path as appcmd names them
 * ({@code "Site/"} the site root, {@code "Site/pub"} a virtual directory of the root application).
 */
final class VdirVerbs {

    private VdirVerbs() {
    }

    static ConfigurationElement createDirectory(ConfigurationElement app, String path, String physicalPath) {
        ConfigurationElementCollection dirs = app.getCollection();
        ConfigurationElement dir = dirs.createElement();
        ElementEditor.set(dir, "path", path);
        ElementEditor.set(dir, "physicalPath", physicalPath);
        dirs.add(dir);
        return dir;
    }

    static List<AppcmdObject> all(Workspace ws, Optional<String> appName) {
        List<AppcmdObject> out = new ArrayList<>();
        for (AppcmdObject app : AppVerbs.all(ws, Optional.empty())) {
            if (appName.isPresent() && !appName.get().equalsIgnoreCase(app.name())) {
                continue;
            }
            for (ConfigurationElement dir : app.element().getCollection()) {
                String path = String.valueOf(dir.getAttributeValue("path"));
                String name = app.name().endsWith("/") ? app.name() + path.replaceFirst("^/", "")
                        : app.name() + (path.startsWith("/") ? path : "/" + path);
                Object physical = dir.getAttributeValue("physicalPath");
                String physicalPath = physical == null ? "" : String.valueOf(physical);
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("VDIR.NAME", name);
                attributes.put("APP.NAME", app.name());
                attributes.put("physicalPath", physicalPath);
                Map<String, String> line = new LinkedHashMap<>();
                line.put("physicalPath", physicalPath);
                out.add(new AppcmdObject("VDIR", name, attributes, line, dir));
            }
        }
        return out;
    }

    static void list(Workspace ws, AppcmdLine line, PrintWriter out) {
        Optional<String> app = line.identifier().isPresent() ? Optional.empty() : line.value("app.name");
        AppcmdLine rest = new AppcmdLine(line.verb(), line.object(), line.identifier(), line.parametersExcept("app.name"),
                line.section(), line.text(), line.xml(), line.help());
        ObjectPrinter.print(line, Lists.select(all(ws, app), rest, "vdir.name", "VDIR"), out);
    }

    static AppcmdObject require(Workspace ws, String name) {
        return all(ws, Optional.empty()).stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AppcmdException("Cannot find VDIR object with identifier \"" + name + "\"."));
    }

    static void add(Workspace ws, AppcmdLine line, PrintWriter out) {
        String appName = line.value("app.name").orElseThrow(() -> new AppcmdException("Missing required attribute "
                + "\"app.name\": add vdir /app.name:\"SITE/\" /path:/PATH /physicalPath:FOLDER"));
        String path = line.value("path").orElseThrow(() -> new AppcmdException("Missing required attribute \"path\": "
                + "add vdir /app.name:\"SITE/\" /path:/PATH /physicalPath:FOLDER"));
        AppcmdObject app = AppVerbs.require(ws, appName);
        String name = app.name().endsWith("/") ? app.name() + path.replaceFirst("^/", "") : app.name() + path;
        if (all(ws, Optional.of(app.name())).stream().anyMatch(o -> o.name().equalsIgnoreCase(name))) {
            throw new AppcmdException("Failed to add duplicate collection element \"" + name + "\".");
        }
        ConfigurationElement dir = createDirectory(app.element(), path, line.value("physicalPath").orElse(""));
        for (Parameter p : line.parametersExcept("app.name", "path", "physicalPath")) {
            ElementEditor.apply(dir, p);
        }
        ws.commit();
        out.println("VDIR object \"" + name + "\" added");
    }

    static void set(Workspace ws, AppcmdLine line, PrintWriter out) {
        AppcmdObject dir = require(ws, identifier(line));
        for (Parameter p : line.parametersExcept("vdir.name")) {
            ElementEditor.apply(dir.element(), p);
        }
        ws.commit();
        out.println("VDIR object \"" + dir.name() + "\" changed");
    }

    static void delete(Workspace ws, AppcmdLine line, PrintWriter out) {
        AppcmdObject dir = require(ws, identifier(line));
        AppcmdObject app = AppVerbs.require(ws, dir.attributes().get("APP.NAME"));
        app.element().getCollection().remove(dir.element());
        ws.commit();
        out.println("VDIR object \"" + dir.name() + "\" deleted");
    }

    private static String identifier(AppcmdLine line) {
        return line.identifier("vdir.name").orElseThrow(() -> new AppcmdException("Must use exact identifier for VDIR object "
                + "with verb " + line.verb().toUpperCase(java.util.Locale.ROOT) + ": appcmd " + line.verb() + " vdir \"SITE/PATH\""));
    }
}
