package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <firewallSupport>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class FirewallSupport {

    /** IPv4 address written in PASV replies of this site (NAT). */
    @XmlAttribute(name = "externalIp4Address")
    public String externalIp4Address;
}
