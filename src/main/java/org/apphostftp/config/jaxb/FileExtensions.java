package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.List;

/** {@code <fileExtensions>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class FileExtensions {

    /** allowUnlisted */
    @XmlAttribute(name = "allowUnlisted")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowUnlisted;
    /** The collection in file order: {@link FileExtensionRule} items, {@link RemoveEntry}, {@link ClearEntry}. */
    @XmlElements({
        @XmlElement(name = "add", type = FileExtensionRule.class),
        @XmlElement(name = "remove", type = RemoveEntry.class),
        @XmlElement(name = "clear", type = ClearEntry.class)
    })
    public List<Object> entries = new ArrayList<>();
}
