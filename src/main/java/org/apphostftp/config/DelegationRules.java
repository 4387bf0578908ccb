package org.apphostftp.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.xml.XmlAttribute;
import org.apphostftp.config.xml.XmlElement;

/**
 * IIS's delegation settings where they concern the FTP parts: {@code overrideMode} (and the older {@code allowOverride})
 * on a {@code <location>} that holds system.ftpServer, and {@code overrideModeDefault} on the declarations of the
 * system.ftpServer section group. Their values are checked; they have no other effect here, because delegation only
 * lets files below applicationHost.config (web.config) set a section, and apphost-ftp reads no such file.
 */
final class DelegationRules {

    private static final Set<String> OVERRIDE_MODES = Set.of("allow", "deny", "inherit");
    private static final Set<String> OVERRIDE_MODE_DEFAULTS = Set.of("allow", "deny");
    private static final Set<String> BOOLEANS = Set.of("true", "false");

    private final List<Problem> problems;

    DelegationRules(List<Problem> problems) {
        this.problems = problems;
    }

    void validate(SectionIndex index) {
        XmlElement root = index.document().root();
        for (XmlElement location : root.children("location")) {
            if (location.child("system.ftpServer").isPresent()) {
                check(location, "overrideMode", OVERRIDE_MODES, "Allow, Deny or Inherit");
                check(location, "allowOverride", BOOLEANS, "true or false");
            }
        }
        root.child("configSections").ifPresent(sections -> sections.children("sectionGroup").stream()
                .filter(g -> "system.ftpServer".equals(g.value("name"))).forEach(this::declarations));
    }

    private void declarations(XmlElement group) {
        for (XmlElement c : group.children()) {
            if (c.name().equals("section")) {
                check(c, "overrideModeDefault", OVERRIDE_MODE_DEFAULTS, "Allow or Deny");
                check(c, "overrideMode", OVERRIDE_MODES, "Allow, Deny or Inherit");
            } else if (c.name().equals("sectionGroup")) {
                declarations(c);
            }
        }
    }

    private void check(XmlElement e, String attribute, Set<String> allowed, String expected) {
        e.attribute(attribute).filter(a -> !allowed.contains(a.value().trim().toLowerCase(Locale.ROOT)))
                .ifPresent(a -> error(a, "<" + e.name() + (e.value("path") != null ? " path=\"" + e.value("path") + "\"" : "")
                        + (e.value("name") != null ? " name=\"" + e.value("name") + "\"" : "") + ">: " + attribute
                        + " must be " + expected + ", got '" + a.value() + "'"));
    }

    private void error(XmlAttribute attribute, String message) {
        problems.add(Problem.error(attribute.location(), message));
    }
}
