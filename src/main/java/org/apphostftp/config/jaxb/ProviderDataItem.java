package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <add>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class ProviderDataItem {

    /** key */
    @XmlAttribute(name = "key")
    public String key;
    /** value */
    @XmlAttribute(name = "value")
    public String value;
    /** encryptedValue */
    @XmlAttribute(name = "encryptedValue")
    public String encryptedValue;
}
