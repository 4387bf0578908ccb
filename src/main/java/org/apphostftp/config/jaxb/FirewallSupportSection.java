package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <firewallSupport>}. Section system.ftpServer/firewallSupport. */
@XmlAccessorType(XmlAccessType.FIELD)
public class FirewallSupportSection {

    /** First passive data port; 0 with highDataChannelPort 0 lets the system choose. Applied without a restart. */
    @XmlAttribute(name = "lowDataChannelPort")
    public Integer lowDataChannelPort;
    /** Last passive data port. */
    @XmlAttribute(name = "highDataChannelPort")
    public Integer highDataChannelPort;
}
