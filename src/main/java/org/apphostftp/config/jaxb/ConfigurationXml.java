package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed view of an applicationHost.config: {@code <configuration>} with the parts apphost-ftp reads. Everything
 * else in the file is not part of this view (the file itself keeps it; see the config API for lossless edits).
 * The classes of this package mirror {@code schema/ftp_schema.xml}; SchemaModelAgreementTest fails when they differ.
 */
@XmlRootElement(name = "configuration")
@XmlAccessorType(XmlAccessType.FIELD)
public class ConfigurationXml {

    @XmlElement(name = "system.applicationHost")
    public SystemApplicationHostGroup systemApplicationHost;

    @XmlElement(name = "system.ftpServer")
    public SystemFtpServerGroup systemFtpServer;

    @XmlElement(name = "system.webServer")
    public SystemWebServerGroup systemWebServer;

    @XmlElement(name = "location")
    public List<LocationXml> locations = new ArrayList<>();
}
