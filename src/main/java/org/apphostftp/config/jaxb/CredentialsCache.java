package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <credentialsCache>}. Successful logins are remembered so that the next one skips the password hash. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CredentialsCache {

    /** enabled */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
    /** Seconds a verified login stays cached. */
    @XmlAttribute(name = "flushInterval")
    public Long flushInterval;
}
