package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import java.util.ArrayList;
import java.util.List;

/** {@code <providerData>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class ProviderData {

    /** name */
    @XmlAttribute(name = "name")
    public String name;
    /** The collection in file order: {@link ProviderDataItem} items, {@link RemoveEntry}, {@link ClearEntry}. */
    @XmlElements({
        @XmlElement(name = "add", type = ProviderDataItem.class),
        @XmlElement(name = "remove", type = RemoveEntry.class),
        @XmlElement(name = "clear", type = ClearEntry.class)
    })
    public List<Object> entries = new ArrayList<>();
}
