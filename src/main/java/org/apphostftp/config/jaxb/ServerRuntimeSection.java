package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <serverRuntime>}. Section system.ftpServer/serverRuntime. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ServerRuntimeSection {

    @XmlElement(name = "hostNameSupport")
    public HostNameSupport hostNameSupport;

    @XmlElement(name = "connectionLimits")
    public ConnectionLimits connectionLimits;

    @XmlElement(name = "shutdown")
    public Shutdown shutdown;
}
