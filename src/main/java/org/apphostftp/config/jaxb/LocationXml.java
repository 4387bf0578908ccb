package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/** {@code <location path="Site[/dir]">}: system.ftpServer settings of one site or folder ({@code path=""}: server level). */
@XmlAccessorType(XmlAccessType.FIELD)
public class LocationXml {

    @XmlAttribute(name = "path")
    public String path;

    @XmlElement(name = "system.ftpServer")
    public SystemFtpServerGroup systemFtpServer;

    /** overrideMode, inheritInChildApplications, ...: kept, ignored. */
    @XmlAnyAttribute
    public Map<QName, String> otherAttributes = new LinkedHashMap<>();
}
