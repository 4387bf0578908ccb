package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** The {@code <management>} section group. */
@XmlAccessorType(XmlAccessType.FIELD)
public class SystemWebServerManagementGroup {

    @XmlElement(name = "authentication")
    public ManagementAuthenticationSection authentication;
}
