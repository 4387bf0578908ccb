package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <add>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class FileExtensionRule {

    /** For example .exe */
    @XmlAttribute(name = "fileExtension")
    public String fileExtension;
    /** allowed */
    @XmlAttribute(name = "allowed")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowed;
}
