package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import java.util.ArrayList;
import java.util.List;

/** {@code <bindings>}. Where the site listens. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Bindings {

    /** The collection in file order: {@link Binding} items, {@link ClearEntry}. */
    @XmlElements({
        @XmlElement(name = "binding", type = Binding.class),
        @XmlElement(name = "clear", type = ClearEntry.class)
    })
    public List<Object> entries = new ArrayList<>();
}
