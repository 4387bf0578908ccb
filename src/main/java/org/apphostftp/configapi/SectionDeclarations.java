package org.apphostftp.configapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The declarations IIS has for the system.ftpServer sections, as the FTP role's installer writes them into
 * {@code <configSections>}: a section written into a file that declares its sections (every file IIS wrote) must be
 * declared there too, or IIS refuses the file. Our own section {@code management} is not IIS's and is not declared.
 */
final class SectionDeclarations {

    static final String GROUP = "system.ftpServer";

    /** Section path below the group → its attributes, in the order the installer writes them. */
    private static final Map<String, Map<String, String>> IIS_SECTIONS = new LinkedHashMap<>();

    static {
        IIS_SECTIONS.put("log", appHostOnly());
        IIS_SECTIONS.put("firewallSupport", appHostOnly());
        IIS_SECTIONS.put("caching", appHostOnly());
        IIS_SECTIONS.put("providerDefinitions", deny());
        IIS_SECTIONS.put("security/ipSecurity", deny());
        IIS_SECTIONS.put("security/requestFiltering", deny());
        IIS_SECTIONS.put("security/authorization", deny());
        IIS_SECTIONS.put("security/authentication", deny());
        IIS_SECTIONS.put("serverRuntime", appHostOnly());
    }

    private SectionDeclarations() {
    }

    /** The attributes (besides name) of the declaration of {@code sectionPath}, or empty when IIS has none. */
    static Optional<Map<String, String>> of(String sectionPath) {
        if (!sectionPath.startsWith(GROUP + "/")) {
            return Optional.empty();
        }
        return Optional.ofNullable(IIS_SECTIONS.get(sectionPath.substring(GROUP.length() + 1)));
    }

    /** Every IIS section of the group, in installer order. */
    static Map<String, Map<String, String>> all() {
        return IIS_SECTIONS;
    }

    private static Map<String, String> deny() {
        return Map.of("overrideModeDefault", "Deny");
    }

    private static Map<String, String> appHostOnly() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("overrideModeDefault", "Deny");
        m.put("allowDefinition", "AppHostOnly");
        return m;
    }
}
