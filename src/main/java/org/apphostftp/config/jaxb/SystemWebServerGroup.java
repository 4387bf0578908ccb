package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** The {@code <system.webServer>} section group. */
@XmlAccessorType(XmlAccessType.FIELD)
public class SystemWebServerGroup {

    @XmlElement(name = "management")
    public SystemWebServerManagementGroup management;
}
