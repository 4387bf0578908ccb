package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <customFeatures>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class CustomFeatures {

    @XmlElement(name = "providers")
    public CustomFeatureProviders providers;
}
