package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <security>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class Security {

    @XmlElement(name = "ssl")
    public Ssl ssl;
    @XmlElement(name = "sslClientCertificates")
    public SslClientCertificates sslClientCertificates;
    @XmlElement(name = "dataChannelSecurity")
    public DataChannelSecurity dataChannelSecurity;
    @XmlElement(name = "authentication")
    public Authentication authentication;
    @XmlElement(name = "commandFiltering")
    public CommandFiltering commandFiltering;
    @XmlElement(name = "customAuthorization")
    public CustomAuthorization customAuthorization;
}
