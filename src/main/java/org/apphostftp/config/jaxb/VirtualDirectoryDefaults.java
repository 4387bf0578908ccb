package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/** {@code <virtualDirectoryDefaults>}. Kept for IIS compatibility. */
@XmlAccessorType(XmlAccessType.FIELD)
public class VirtualDirectoryDefaults {

    /** Attributes apphost-ftp does not read (kept, ignored). */
    @XmlAnyAttribute
    public Map<QName, String> otherAttributes = new LinkedHashMap<>();
}
