package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import java.util.ArrayList;
import java.util.List;

/** {@code <activation>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class Activation {

    /** The collection in file order: {@link ProviderData} items, {@link RemoveEntry}, {@link ClearEntry}. */
    @XmlElements({
        @XmlElement(name = "providerData", type = ProviderData.class),
        @XmlElement(name = "remove", type = RemoveEntry.class),
        @XmlElement(name = "clear", type = ClearEntry.class)
    })
    public List<Object> entries = new ArrayList<>();
}
