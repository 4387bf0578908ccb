package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <binding>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class Binding {

    /** 'ftp' for FTP; bindings of other protocols are kept and ignored. */
    @XmlAttribute(name = "protocol")
    public String protocol;
    /** IP:port:host. IP is '*' (all addresses), an IPv4 address or [IPv6]; host is empty or a virtual host name. */
    @XmlAttribute(name = "bindingInformation")
    public String bindingInformation;
    /** Kept for IIS compatibility; not used by FTP. */
    @XmlAttribute(name = "sslFlags")
    public Long sslFlags;
    /** (apphost-ftp) Implicit FTPS on this endpoint: TLS starts at connect. Port 990 is always implicit. */
    @XmlAttribute(name = "implicitSsl")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean implicitSsl;
}
