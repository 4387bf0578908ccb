package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <authentication>}. Section system.ftpServer/security/authentication. */
@XmlAccessorType(XmlAccessType.FIELD)
public class AuthenticationSection {

    @XmlElement(name = "denyByFailure")
    public DenyByFailure denyByFailure;
}
