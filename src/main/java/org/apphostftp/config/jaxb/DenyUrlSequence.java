package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <add>}. Paths containing one of these sequences are refused. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DenyUrlSequence {

    /** sequence */
    @XmlAttribute(name = "sequence")
    public String sequence;
}
