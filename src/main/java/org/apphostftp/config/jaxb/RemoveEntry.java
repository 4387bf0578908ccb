package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/** {@code <remove key="..."/>} in any collection: removes the inherited item with these key attributes. */
@XmlAccessorType(XmlAccessType.FIELD)
public class RemoveEntry {

    @XmlAnyAttribute
    public Map<QName, String> keys = new LinkedHashMap<>();
}
