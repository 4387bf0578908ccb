package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <add>}. Kept for IIS compatibility; custom feature providers are not loaded. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CustomFeatureProviderEntry {

    /** name */
    @XmlAttribute(name = "name")
    public String name;
    /** enabled */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
}
