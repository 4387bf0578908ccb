package org.apphostftp.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apphostftp.config.effective.PathKey;
import org.apphostftp.config.xml.XmlDocument;
import org.apphostftp.config.xml.XmlElement;

/**
 * Where each site is written in a document: its {@code <site>} element and the top-level {@code <location>}s whose
 * path starts with its name. Everything else (server-level sections, siteDefaults, other locations, comments) is the
 * frame, which {@link #frame()} renders with every part replaced by a marker of the lines it takes, so that two
 * documents with the same frame have every element outside the sites at the same line and column. Empty when the
 * document is not split this simply (no single {@code <sites>}, a {@code <clear>} or {@code <remove>} among the sites,
 * a site name the loader's two name rules would read differently): such a file is always loaded whole.
 */
final class SiteParts {

    /** The children of {@code <sites>} besides the sites, which are frame. */
    private static final Set<String> SITES_FRAME = Set.of("siteDefaults", "applicationDefaults", "virtualDirectoryDefaults");

    /** One written piece of a site (its name in lower case): [start, end) offsets in the document's text. */
    record Part(String site, int start, int end) {
    }

    /**
     * What a part does to the lines after it: its line breaks, and the length of its last line when something other
     * than whitespace follows it on that line (-1 when nothing does: then that length moves nothing).
     */
    private record Footprint(int newlines, int tail) {
    }

    private final XmlDocument document;
    private final Map<String, XmlElement> sites;
    private final Map<String, List<Part>> parts;
    private final String frame;

    private SiteParts(XmlDocument document, Map<String, XmlElement> sites, Map<String, List<Part>> parts) {
        this.document = document;
        this.sites = sites;
        this.parts = parts;
        this.frame = renderFrame();
    }

    static Optional<SiteParts> of(XmlDocument document) {
        List<XmlElement> hosts = document.root().children("system.applicationHost");
        if (hosts.size() != 1 || hosts.get(0).children("sites").size() != 1) {
            return Optional.empty();
        }
        Map<String, XmlElement> sites = new LinkedHashMap<>();
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        for (XmlElement child : hosts.get(0).children("sites").get(0).children()) {
            if (SITES_FRAME.contains(child.name())) {
                continue;
            }
            String name = child.value("name");
            if (!child.name().equals("site") || name == null || name.isBlank() || name.contains("/")) {
                return Optional.empty();
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (!PathKey.of(name).equals(key) || sites.putIfAbsent(key, child) != null) {
                return Optional.empty();
            }
            parts.put(key, new ArrayList<>(List.of(new Part(key, child.start(), child.end()))));
        }
        for (XmlElement location : document.root().children("location")) {
            String path = SectionIndex.normalizeLocation(location.value("path"));
            String first = path.split("/")[0];
            String lower = first.toLowerCase(Locale.ROOT);
            String key = PathKey.of(first);
            boolean named = sites.containsKey(lower);
            if (named != sites.containsKey(key) || named && !lower.equals(key)) {
                return Optional.empty(); // the validator and the builder would not agree on whose it is
            }
            if (named) {
                parts.get(key).add(new Part(key, location.start(), location.end()));
            }
        }
        return Optional.of(new SiteParts(document, sites, parts));
    }

    XmlDocument document() {
        return document;
    }

    /** The sites' names as keys (lower case), in file order. */
    List<String> names() {
        return List.copyOf(sites.keySet());
    }

    /** The written text of a site's parts, in file order. */
    List<String> texts(String name) {
        return parts.get(name).stream().map(p -> document.text().substring(p.start(), p.end())).toList();
    }

    /** The parts of a site. */
    List<Part> parts(String name) {
        return List.copyOf(parts.get(name));
    }

    /** What makes a site known to the others: its name and id as written and its bindings (the cross-site checks). */
    String identity(String name) {
        XmlElement site = sites.get(name);
        StringBuilder out = new StringBuilder().append(site.value("name")).append('\u0000').append(site.value("id"));
        for (XmlElement bindings : site.children("bindings")) {
            out.append('\u0000').append(document.text(), bindings.start(), bindings.end());
        }
        return out.toString();
    }

    /** The text outside the sites, every part replaced by a marker of the lines it takes (see the class comment). */
    String frame() {
        return frame;
    }

    /**
     * The document's text without the parts of every site but {@code kept}, every other element at its line and
     * column: a part left out leaves its line breaks, and the length of its last line as spaces when something
     * follows it on that line. Offsets change; lines and columns (all any result names) do not.
     */
    String without(Set<String> kept) {
        String text = document.text();
        StringBuilder out = new StringBuilder(text.length() / 8);
        int at = 0;
        for (Part p : sorted()) {
            if (!kept.contains(p.site())) {
                Footprint f = footprint(text, p);
                out.append(text, at, p.start()).append("\n".repeat(f.newlines())).append(" ".repeat(Math.max(f.tail(), 0)));
                at = p.end();
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    private String renderFrame() {
        String text = document.text();
        StringBuilder out = new StringBuilder(text.length() / 4);
        int at = 0;
        for (Part p : sorted()) {
            Footprint f = footprint(text, p);
            out.append(text, at, p.start()).append('\u0000').append(f.newlines());
            if (f.tail() >= 0) {
                out.append(':').append(f.tail());
            }
            out.append('\u0000');
            at = p.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private List<Part> sorted() {
        List<Part> all = new ArrayList<>();
        parts.values().forEach(all::addAll);
        all.sort(Comparator.comparingInt(Part::start));
        return all;
    }

    private static Footprint footprint(String text, Part p) {
        int newlines = 0;
        int lastNewline = -1;
        for (int i = p.start(); i < p.end(); i++) {
            if (text.charAt(i) == '\n') {
                newlines++;
                lastNewline = i;
            }
        }
        return new Footprint(newlines, blankToLineEnd(text, p.end()) ? -1 : p.end() - (lastNewline < 0 ? p.start() : lastNewline + 1));
    }

    private static boolean blankToLineEnd(String text, int from) {
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
