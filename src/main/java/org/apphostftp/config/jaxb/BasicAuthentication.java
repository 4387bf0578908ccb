package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.LogonMethod;

/** {@code <basicAuthentication>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class BasicAuthentication {

    /** Allow users of the credential store (system.webServer/management/authentication/credentials). */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
    /** Kept for IIS compatibility. */
    @XmlAttribute(name = "defaultLogonDomain")
    public String defaultLogonDomain;
    /** Kept for IIS compatibility. */
    @XmlAttribute(name = "logonMethod")
    @XmlJavaTypeAdapter(IisEnumAdapters.LogonMethodAdapter.class)
    public LogonMethod logonMethod;
}
