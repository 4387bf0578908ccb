package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <caching>}. Section system.ftpServer/caching. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CachingSection {

    @XmlElement(name = "credentialsCache")
    public CredentialsCache credentialsCache;
}
