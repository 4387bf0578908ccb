package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <add>}. Rules, first match wins. */
@XmlAccessorType(XmlAccessType.FIELD)
public class IpSecurityRule {

    /** IPv4 or IPv6 address. */
    @XmlAttribute(name = "ipAddress")
    public String ipAddress;
    /** Dotted mask or prefix length. */
    @XmlAttribute(name = "subnetMask")
    public String subnetMask;
    /** Client host name, '*' wildcards allowed. */
    @XmlAttribute(name = "domainName")
    public String domainName;
    /** allowed */
    @XmlAttribute(name = "allowed")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowed;
}
