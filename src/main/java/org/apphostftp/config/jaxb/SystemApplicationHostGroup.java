package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** The {@code <system.applicationHost>} section group. */
@XmlAccessorType(XmlAccessType.FIELD)
public class SystemApplicationHostGroup {

    @XmlElement(name = "sites")
    public SitesSection sites;
}
