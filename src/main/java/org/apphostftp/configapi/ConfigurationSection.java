package org.apphostftp.configapi;

/** A section such as {@code system.applicationHost/sites}, read at the server level or at a location path. */
public final class ConfigurationSection extends ConfigurationElement {

    ConfigurationSection(ConfiguredNode node) {
        super(node);
    }

    /** {@code system.ftpServer/security/authorization}. */
    public String getSectionPath() {
        return node.path().sectionPath();
    }

    /** "" for the server level, else the location path the section is read at ("Site", "Site/dir"). */
    public String getLocationPath() {
        return node.path().locationPath();
    }
}
