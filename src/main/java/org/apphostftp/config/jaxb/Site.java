package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/** {@code <site>}. A web or FTP site. A site is an FTP site when it has at least one ftp binding. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Site {

    /** Unique site name; it may not contain '/' or '?'. */
    @XmlAttribute(name = "name")
    public String name;
    /** Unique site id; the W3C log folder is FTPSVC&lt;id&gt;. */
    @XmlAttribute(name = "id")
    public Long id;
    /** The site runs only when this and ftpServer/@serverAutoStart are both true. */
    @XmlAttribute(name = "serverAutoStart")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean serverAutoStart;
    @XmlElement(name = "bindings")
    public Bindings bindings;
    @XmlElement(name = "application")
    public List<Application> applications = new ArrayList<>();
    /** Defaults every {@code <application>} inherits. */
    @XmlElement(name = "applicationDefaults")
    public Application applicationDefaults;
    @XmlElement(name = "ftpServer")
    public FtpServer ftpServer;
    /** Attributes apphost-ftp does not read (kept, ignored). */
    @XmlAnyAttribute
    public Map<QName, String> otherAttributes = new LinkedHashMap<>();
}
