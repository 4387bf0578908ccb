package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.AccessType;
import org.apphostftp.config.effective.Permission;

/** {@code <add>}. Allow and deny rules; a matching Deny always wins; no matching Allow means no access. */
@XmlAccessorType(XmlAccessType.FIELD)
public class AuthorizationRule {

    /** accessType */
    @XmlAttribute(name = "accessType")
    @XmlJavaTypeAdapter(IisEnumAdapters.AccessTypeAdapter.class)
    public AccessType accessType;
    /** Comma-separated user names; '*' all users, '?' anonymous. */
    @XmlAttribute(name = "users")
    public String users;
    /** Comma-separated roles (from the credential store's roles attribute). */
    @XmlAttribute(name = "roles")
    public String roles;
    /** permissions */
    @XmlAttribute(name = "permissions")
    @XmlJavaTypeAdapter(IisEnumAdapters.PermissionFlagsAdapter.class)
    public java.util.Set<Permission> permissions;
}
