package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/** {@code <authentication>}. Section system.webServer/management/authentication. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ManagementAuthenticationSection {

    @XmlElement(name = "credentials")
    public Credentials credentials;
    /** Attributes apphost-ftp does not read (kept, ignored). */
    @XmlAnyAttribute
    public Map<QName, String> otherAttributes = new LinkedHashMap<>();
}
