package org.apphostftp.config.schema;

/**
 * A configuration section such as {@code system.ftpServer/security/authorization}.
 *
 * @param path        the section path, group names and section name joined by '/'
 * @param appHostOnly true when the section may only be set at the server level (not inside a location path)
 * @param root        the schema of the section element itself (named after the last path segment)
 */
public record SectionSchema(String path, boolean appHostOnly, ElementSchema root) {

    /** The group part of the path ("system.ftpServer/security"), or "" for a top-level section. */
    public String group() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The element name of the section ("authorization"). */
    public String elementName() {
        return root.name();
    }
}
