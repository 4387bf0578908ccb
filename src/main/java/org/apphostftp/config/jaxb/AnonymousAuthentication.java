package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.LogonMethod;

/** {@code <anonymousAuthentication>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class AnonymousAuthentication {

    /** Allow USER anonymous / USER ftp (any password). */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
    /** Kept for IIS compatibility. */
    @XmlAttribute(name = "userName")
    public String userName;
    /** Kept for IIS compatibility. */
    @XmlAttribute(name = "password")
    public String password;
    /** Kept for IIS compatibility. */
    @XmlAttribute(name = "defaultLogonDomain")
    public String defaultLogonDomain;
    /** Kept for IIS compatibility. */
    @XmlAttribute(name = "logonMethod")
    @XmlJavaTypeAdapter(IisEnumAdapters.LogonMethodAdapter.class)
    public LogonMethod logonMethod;
}
