package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <clientCertAuthentication>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClientCertAuthentication {

    /** Kept for IIS compatibility; not supported. */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
}
