package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <add>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class CredentialEntry {

    /** name */
    @XmlAttribute(name = "name")
    public String name;
    /** Salted PBKDF2-HMAC-SHA256 ($pbkdf2-sha256$...) or IIS's unsalted SHA-256 hex (weak). */
    @XmlAttribute(name = "password")
    public String password;
    /** enabled */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
    /** (apphost-ftp) Comma-separated roles for authorization rules. */
    @XmlAttribute(name = "roles")
    public String roles;
}
