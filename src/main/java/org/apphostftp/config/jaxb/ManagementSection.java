package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <management>}. Section system.ftpServer/management. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ManagementSection {

    /** (apphost-ftp) Run the HTTP admin endpoint. */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
    /** (apphost-ftp) IP:port of the admin endpoint. */
    @XmlAttribute(name = "bindingInformation")
    public String bindingInformation;
    /** (apphost-ftp) File holding the bearer token; created (mode 0600) when missing. */
    @XmlAttribute(name = "tokenFile")
    public String tokenFile;
    /** (apphost-ftp) Allow a non-loopback bindingInformation without TLS. */
    @XmlAttribute(name = "allowRemote")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowRemote;
    /** (apphost-ftp) PKCS#12 or PEM certificate: the endpoint then speaks HTTPS. */
    @XmlAttribute(name = "serverCertFile")
    public String serverCertFile;
    /** (apphost-ftp) PEM private key when serverCertFile is PEM. */
    @XmlAttribute(name = "serverCertKeyFile")
    public String serverCertKeyFile;
    /** (apphost-ftp) Password of serverCertFile. */
    @XmlAttribute(name = "serverCertPassword")
    public String serverCertPassword;
}
