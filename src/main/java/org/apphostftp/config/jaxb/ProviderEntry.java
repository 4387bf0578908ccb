package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <add>}. Authentication providers; IisManagerAuth uses the credential store. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ProviderEntry {

    /** A provider of system.ftpServer/providerDefinitions. */
    @XmlAttribute(name = "name")
    public String name;
    /** enabled */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
}
