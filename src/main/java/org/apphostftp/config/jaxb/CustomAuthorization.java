package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <customAuthorization>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class CustomAuthorization {

    @XmlElement(name = "provider")
    public Provider provider;
}
