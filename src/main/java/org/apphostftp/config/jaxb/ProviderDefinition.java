package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <add>}. Named authentication and feature providers (IisManagerAuth is built in). */
@XmlAccessorType(XmlAccessType.FIELD)
public class ProviderDefinition {

    /** name */
    @XmlAttribute(name = "name")
    public String name;
    /** Kept for IIS compatibility (a .NET type name). */
    @XmlAttribute(name = "type")
    public String type;
    /** Kept for IIS compatibility (a COM class id). */
    @XmlAttribute(name = "clsid")
    public String clsid;
}
