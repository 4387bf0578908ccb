package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <add>}. Path segments that are neither listed nor reachable. */
@XmlAccessorType(XmlAccessType.FIELD)
public class HiddenSegment {

    /** segment */
    @XmlAttribute(name = "segment")
    public String segment;
}
