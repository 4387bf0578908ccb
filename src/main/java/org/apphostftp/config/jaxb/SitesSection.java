package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/** {@code <sites>}. Section system.applicationHost/sites. */
@XmlAccessorType(XmlAccessType.FIELD)
public class SitesSection {

    @XmlElement(name = "site")
    public List<Site> sites = new ArrayList<>();
    /** Defaults every {@code <site>} inherits. */
    @XmlElement(name = "siteDefaults")
    public Site siteDefaults;
    @XmlElement(name = "applicationDefaults")
    public ApplicationDefaults applicationDefaults;
    @XmlElement(name = "virtualDirectoryDefaults")
    public VirtualDirectoryDefaults virtualDirectoryDefaults;
    /** Attributes apphost-ftp does not read (kept, ignored). */
    @XmlAnyAttribute
    public Map<QName, String> otherAttributes = new LinkedHashMap<>();
}
