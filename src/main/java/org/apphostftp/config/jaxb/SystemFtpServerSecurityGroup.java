package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** The {@code <security>} section group. */
@XmlAccessorType(XmlAccessType.FIELD)
public class SystemFtpServerSecurityGroup {

    @XmlElement(name = "authentication")
    public AuthenticationSection authentication;
    @XmlElement(name = "authorization")
    public AuthorizationSection authorization;
    @XmlElement(name = "ipSecurity")
    public IpSecuritySection ipSecurity;
    @XmlElement(name = "requestFiltering")
    public RequestFilteringSection requestFiltering;
}
