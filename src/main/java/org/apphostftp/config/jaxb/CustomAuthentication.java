package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <customAuthentication>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class CustomAuthentication {

    @XmlElement(name = "providers")
    public Providers providers;
}
