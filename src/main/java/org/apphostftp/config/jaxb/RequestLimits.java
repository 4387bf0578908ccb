package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <requestLimits>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class RequestLimits {

    /** Largest upload in bytes; 0 means unlimited. */
    @XmlAttribute(name = "maxAllowedContentLength")
    public Long maxAllowedContentLength;
    /** Longest accepted path. */
    @XmlAttribute(name = "maxUrl")
    public Long maxUrl;
}
