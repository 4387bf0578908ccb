package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <authentication>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class Authentication {

    @XmlElement(name = "anonymousAuthentication")
    public AnonymousAuthentication anonymousAuthentication;
    @XmlElement(name = "basicAuthentication")
    public BasicAuthentication basicAuthentication;
    @XmlElement(name = "clientCertAuthentication")
    public ClientCertAuthentication clientCertAuthentication;
    @XmlElement(name = "customAuthentication")
    public CustomAuthentication customAuthentication;
}
