package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.List;

/** {@code <commandFiltering>}. Which commands are accepted. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CommandFiltering {

    /** Longest accepted command line (verb and arguments) in bytes. */
    @XmlAttribute(name = "maxCommandLine")
    public Long maxCommandLine;
    /** Accept commands that are not listed. */
    @XmlAttribute(name = "allowUnlisted")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowUnlisted;
    /** The collection in file order: {@link CommandFilter} items, {@link RemoveEntry}, {@link ClearEntry}. */
    @XmlElements({
        @XmlElement(name = "add", type = CommandFilter.class),
        @XmlElement(name = "remove", type = RemoveEntry.class),
        @XmlElement(name = "clear", type = ClearEntry.class)
    })
    public List<Object> entries = new ArrayList<>();
}
