package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import java.util.ArrayList;
import java.util.List;

/** {@code <hiddenSegments>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class HiddenSegments {

    /** The collection in file order: {@link HiddenSegment} items, {@link RemoveEntry}, {@link ClearEntry}. */
    @XmlElements({
        @XmlElement(name = "add", type = HiddenSegment.class),
        @XmlElement(name = "remove", type = RemoveEntry.class),
        @XmlElement(name = "clear", type = ClearEntry.class)
    })
    public List<Object> entries = new ArrayList<>();
}
