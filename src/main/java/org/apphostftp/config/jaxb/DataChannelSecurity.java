package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <dataChannelSecurity>}. Data connections must come from the control connection's peer (no FTP bounce). */
@XmlAccessorType(XmlAccessType.FIELD)
public class DataChannelSecurity {

    /** PORT/EPRT must name the client's own address (else 501). */
    @XmlAttribute(name = "matchClientAddressForPort")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean matchClientAddressForPort;
    /** A passive data connection must come from the client's address. */
    @XmlAttribute(name = "matchClientAddressForPasv")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean matchClientAddressForPasv;
}
