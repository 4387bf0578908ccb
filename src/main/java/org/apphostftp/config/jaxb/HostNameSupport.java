package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <hostNameSupport>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class HostNameSupport {

    /** Also accept host&#92;user and user@host as virtual host logins (host|user always works). */
    @XmlAttribute(name = "useDomainNameAsHostName")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean useDomainNameAsHostName;
}
