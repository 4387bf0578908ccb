package org.apphostftp.appcmd;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationElementCollection;

/** {@code list|add|set|delete app}: the applications of a site, named {@code "Site/path"} ({@code "Site/"} for the root). */
final class AppVerbs {

    private AppVerbs() {
    }

    /** An application with its path and a root virtual directory at {@code physicalPath} (none when null). */
    static ConfigurationElement createApplication(ConfigurationElement site, String path, String physicalPath) {
        ConfigurationElementCollection apps = site.getCollection();
        ConfigurationElement app = apps.createElement();
        ElementEditor.set(app, "path", path);
        apps.add(app);
        if (physicalPath != null) {
            VdirVerbs.createDirectory(app, "/", physicalPath);
        }
        return app;
    }

    /** "Site/" for the root application, "Site/app" for others. */
    static String name(ConfigurationElement site, ConfigurationElement app) {
        String path = String.valueOf(app.getAttributeValue("path"));
        return site.getAttributeValue("name") + (path.startsWith("/") ? path : "/" + path);
    }

    /** Every application of every site (of {@code /site.name:} only, when given). */
    static List<AppcmdObject> all(Workspace ws, Optional<String> siteName) {
        List<AppcmdObject> out = new ArrayList<>();
        for (ConfigurationElement site : ws.sites()) {
            if (siteName.isPresent() && !siteName.get().equalsIgnoreCase(String.valueOf(site.getAttributeValue("name")))) {
                continue;
            }
            for (ConfigurationElement app : site.getCollection()) {
                String name = name(site, app);
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("APP.NAME", name);
                Map<String, String> line = new LinkedHashMap<>();
                Object pool = app.getAttributeValue("applicationPool");
                if (pool != null) {
                    attributes.put("APPPOOL.NAME", String.valueOf(pool));
                    line.put("applicationPool", String.valueOf(pool));
                }
                attributes.put("SITE.NAME", String.valueOf(site.getAttributeValue("name")));
                out.add(new AppcmdObject("APP", name, attributes, line, app));
            }
        }
        return out;
    }

    static void list(Workspace ws, AppcmdLine line, PrintWriter out) {
        Optional<String> site = line.identifier().isPresent() ? Optional.empty() : line.value("site.name");
        List<AppcmdObject> objects = Lists.select(all(ws, site), withoutSite(line), "app.name", "APP");
        ObjectPrinter.print(line, objects, out);
    }

    static AppcmdObject require(Workspace ws, String name) {
        return all(ws, Optional.empty()).stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AppcmdException("Cannot find APP object with identifier \"" + name + "\"."));
    }

    static void add(Workspace ws, AppcmdLine line, PrintWriter out) {
        String siteName = line.value("site.name").orElseThrow(() -> new AppcmdException("Missing required attribute "
                + "\"site.name\": add app /site.name:SITE /path:/PATH [/physicalPath:FOLDER]"));
        String path = line.value("path").orElseThrow(() -> new AppcmdException("Missing required attribute \"path\": "
                + "add app /site.name:SITE /path:/PATH [/physicalPath:FOLDER]"));
        ConfigurationElement site = ws.requireSite(siteName);
        String name = site.getAttributeValue("name") + path;
        if (all(ws, Optional.of(siteName)).stream().anyMatch(o -> o.name().equalsIgnoreCase(name))) {
            throw new AppcmdException("Failed to add duplicate collection element \"" + name + "\".");
        }
        Optional<String> physicalPath = line.value("physicalPath");
        ConfigurationElement app = createApplication(site, path, physicalPath.orElse(null));
        for (Parameter p : line.parametersExcept("site.name", "path", "physicalPath")) {
            ElementEditor.apply(app, p);
        }
        ws.commit();
        out.println("APP object \"" + name + "\" added");
        if (physicalPath.isPresent()) {
            out.println("VDIR object \"" + name + (name.endsWith("/") ? "" : "/") + "\" added");
        }
    }

    static void set(Workspace ws, AppcmdLine line, PrintWriter out) {
        AppcmdObject app = require(ws, identifier(line));
        for (Parameter p : line.parametersExcept("app.name")) {
            ElementEditor.apply(app.element(), p);
        }
        ws.commit();
        out.println("APP object \"" + app.name() + "\" changed");
    }

    static void delete(Workspace ws, AppcmdLine line, PrintWriter out) {
        AppcmdObject app = require(ws, identifier(line));
        ConfigurationElement site = ws.requireSite(app.attributes().get("SITE.NAME"));
        site.getCollection().remove(app.element());
        ws.commit();
        out.println("APP object \"" + app.name() + "\" deleted");
    }

    private static String identifier(AppcmdLine line) {
        return line.identifier("app.name").orElseThrow(() -> new AppcmdException("Must use exact identifier for APP object "
                + "with verb " + line.verb().toUpperCase(java.util.Locale.ROOT) + ": appcmd " + line.verb() + " app \"SITE/PATH\""));
    }

    private static AppcmdLine withoutSite(AppcmdLine line) {
        return new AppcmdLine(line.verb(), line.object(), line.identifier(), line.parametersExcept("site.name"), line.section(),
                line.text(), line.xml(), line.help());
    }
}
