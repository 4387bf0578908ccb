package org.apphostftp.appcmd;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationElementCollection;

/** {@code list|add|set|delete|start|stop site}. */
final class SiteVerbs {

    private SiteVerbs() {
    }

    static void list(Workspace ws, AppcmdLine line, PrintWriter out) {
        Optional<Map<String, String>> states = ws.runtime().states();
        List<AppcmdObject> objects = new ArrayList<>();
        for (ConfigurationElement site : ws.sites()) {
            objects.add(object(site, states));
        }
        ObjectPrinter.print(line, Lists.select(objects, line, "site.name", "SITE"), out);
    }

    static AppcmdObject object(ConfigurationElement site, Optional<Map<String, String>> states) {
        String name = String.valueOf(site.getAttributeValue("name"));
        List<String> bindings = new ArrayList<>();
        for (ConfigurationElement b : site.getChildElement("bindings").getCollection()) {
            bindings.add(b.getAttributeValue("protocol") + "/" + b.getAttributeValue("bindingInformation"));
        }
        String state = states.map(s -> s.getOrDefault(name, "Unknown")).orElse("Unknown");
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", String.valueOf(site.getAttributeValue("id")));
        line.put("bindings", String.join(",", bindings));
        line.put("state", state);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("SITE.NAME", name);
        attributes.put("SITE.ID", line.get("id"));
        attributes.put("bindings", line.get("bindings"));
        attributes.put("state", state);
        return new AppcmdObject("SITE", name, attributes, line, site);
    }

    static void add(Workspace ws, AppcmdLine line, PrintWriter out) {
        String name = line.value("name").orElseThrow(() -> new AppcmdException("Missing required attribute \"name\": "
                + "add site /name:NAME [/id:N] [/bindings:ftp/*:21:] [/physicalPath:PATH]"));
        if (ws.site(name).isPresent()) {
            throw new AppcmdException("Failed to add duplicate collection element \"" + name + "\".");
        }
        ConfigurationElementCollection sites = ws.sites();
        ConfigurationElement site = sites.createElement();
        ElementEditor.set(site, "name", name);
        ElementEditor.set(site, "id", line.value("id").orElseGet(() -> String.valueOf(nextId(sites))));
        sites.add(site);
        line.value("bindings").ifPresent(b -> replaceBindings(site, b));
        List<String> done = new ArrayList<>(List.of("SITE object \"" + name + "\" added"));
        Optional<String> physicalPath = line.value("physicalPath");
        if (physicalPath.isPresent()) {
            AppVerbs.createApplication(site, "/", physicalPath.get());
            done.add("APP object \"" + name + "/\" added");
            done.add("VDIR object \"" + name + "/\" added");
        }
        for (Parameter p : line.parametersExcept("name", "id", "bindings", "physicalPath")) {
            ElementEditor.apply(site, p);
        }
        ws.commit();
        done.forEach(out::println);
    }

    static void set(Workspace ws, AppcmdLine line, PrintWriter out) {
        ConfigurationElement site = ws.requireSite(identifier(line));
        for (Parameter p : line.parametersExcept("site.name")) {
            if (p.is("bindings")) {
                replaceBindings(site, p.value().orElse(""));
            } else {
                ElementEditor.apply(site, p);
            }
        }
        ws.commit();
        out.println("SITE object \"" + site.getAttributeValue("name") + "\" changed");
    }

    static void delete(Workspace ws, AppcmdLine line, PrintWriter out) {
        ConfigurationElement site = ws.requireSite(identifier(line));
        String name = String.valueOf(site.getAttributeValue("name"));
        ws.sites().remove(site);
        ws.commit();
        out.println("SITE object \"" + name + "\" deleted");
    }

    /**
     * The site's Start or Stop method on the running server; when no server runs, {@code ftpServer/@serverAutoStart} is
     * written instead, so the site starts (or stays stopped) when it is served.
     */
    static void startOrStop(Workspace ws, AppcmdLine line, PrintWriter out, boolean start) {
        ConfigurationElement site = ws.requireSite(identifier(line));
        String name = String.valueOf(site.getAttributeValue("name"));
        if (ws.runtime().states().isPresent()) {
            ws.runtime().invoke(name, start ? "start" : "stop");
            out.println("\"" + name + "\" successfully " + (start ? "started." : "stopped"));
            return;
        }
        ElementEditor.set(site.getChildElement("ftpServer"), "serverAutoStart", String.valueOf(start));
        ws.commit();
        out.println("\"" + name + "\" " + (start ? "will start when the server runs" : "will stay stopped when the server runs")
                + " (the server is not running; ftpServer/@serverAutoStart is " + start + ")");
    }

    private static String identifier(AppcmdLine line) {
        return line.identifier("site.name").orElseThrow(() -> new AppcmdException("Must use exact identifier for SITE object "
                + "with verb " + line.verb().toUpperCase(java.util.Locale.ROOT) + ": appcmd " + line.verb() + " site \"NAME\""));
    }

    private static long nextId(ConfigurationElementCollection sites) {
        long max = 0;
        for (ConfigurationElement s : sites) {
            Object id = s.getAttributeValue("id");
            if (id instanceof Number n) {
                max = Math.max(max, n.longValue());
            }
        }
        return max + 1;
    }

    private static void replaceBindings(ConfigurationElement site, String value) {
        ConfigurationElementCollection bindings = site.getChildElement("bindings").getCollection();
        List<Bindings.Binding> wanted = Bindings.parse(value);
        for (ConfigurationElement old : List.copyOf(bindings.stream().toList())) {
            bindings.remove(old);
        }
        for (Bindings.Binding b : wanted) {
            ConfigurationElement binding = bindings.createElement();
            ElementEditor.set(binding, "protocol", b.protocol());
            ElementEditor.set(binding, "bindingInformation", b.bindingInformation());
            bindings.add(binding);
        }
    }
}
