package org.apphostftp.appcmd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.configapi.ConfigurationElement;

/**
 * One object appcmd lists (SITE, APP, VDIR): its identifier, the attributes of its one-line text form and of its
 * {@code /xml} form, and the configuration element behind it.
 *
 * @param attributes {@code /xml} attributes in order, identifiers first ({@code SITE.NAME}, {@code SITE.ID}, ...)
 * @param line       the attributes of the text line ({@code id}, {@code bindings}, {@code state})
 */
record AppcmdObject(String type, String name, Map<String, String> attributes, Map<String, String> line,
                    ConfigurationElement element) {

    /** {@code SITE "Default FTP Site" (id:1,bindings:ftp/127.0.0.1:2121:,state:Started)}. */
    String textLine() {
        StringBuilder out = new StringBuilder(type).append(" \"").append(name).append('"');
        if (!line.isEmpty()) {
            out.append(" (");
            line.forEach((k, v) -> out.append(out.charAt(out.length() - 1) == '(' ? "" : ",").append(k).append(':').append(v));
            out.append(')');
        }
        return out.toString();
    }

    /**
     * The value of {@code attribute} (any case): an identifier or line attribute, else a dotted path into the element
     * ({@code ftpServer.security.ssl.controlChannelPolicy}).
     */
    Optional<String> value(String attribute) {
        Map<String, String> all = new LinkedHashMap<>(attributes);
        all.putAll(line);
        for (Map.Entry<String, String> a : all.entrySet()) {
            if (a.getKey().equalsIgnoreCase(attribute)) {
                return Optional.of(a.getValue());
            }
        }
        try {
            Parameter p = Parameter.parse("/" + attribute);
            List<Segment> path = p.path();
            ConfigurationElement at = ElementEditor.walk(element, path.subList(0, path.size() - 1));
            Segment last = path.get(path.size() - 1);
            if (!(last instanceof Segment.Name n)) {
                return Optional.empty();
            }
            Object v = at.getAttributeValue(ElementEditor.attributeName(at, n.name()));
            return Optional.of(v == null ? "" : ElementEditor.text(v));
        } catch (RuntimeException e) { // AppcmdException included: an unknown path has no value
            return Optional.empty();
        }
    }
}
