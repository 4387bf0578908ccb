package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <farm>}. Section system.ftpServer/farm (apphost-ftp): the nodes that share this configuration. */
@XmlAccessorType(XmlAccessType.FIELD)
public class FarmSection {

    /** (apphost-ftp) This configuration is shared by the nodes of a farm. */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
    /** (apphost-ftp) Name of the farm. */
    @XmlAttribute(name = "name")
    public String name;
    /** (apphost-ftp) TCP port of node-to-node traffic. */
    @XmlAttribute(name = "port")
    public Long port;
    /** (apphost-ftp) Comma-separated addresses of the nodes. */
    @XmlAttribute(name = "members")
    public String members;
    /** (apphost-ftp) Shared secret. */
    @XmlAttribute(name = "secret")
    public String secret;
}
