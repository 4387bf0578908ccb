package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/** {@code <application>}. An application of the site; its virtual directories form the FTP namespace. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Application {

    /** Virtual path of the application, '/' for the root. */
    @XmlAttribute(name = "path")
    public String path;
    @XmlElement(name = "virtualDirectory")
    public List<VirtualDirectory> virtualDirectories = new ArrayList<>();
    /** Defaults every {@code <virtualDirectory>} inherits. */
    @XmlElement(name = "virtualDirectoryDefaults")
    public VirtualDirectory virtualDirectoryDefaults;
    /** Attributes apphost-ftp does not read (kept, ignored). */
    @XmlAnyAttribute
    public Map<QName, String> otherAttributes = new LinkedHashMap<>();
}
