package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <requestFiltering>}. Section system.ftpServer/security/requestFiltering. */
@XmlAccessorType(XmlAccessType.FIELD)
public class RequestFilteringSection {

    /** Accept non-ASCII characters in paths. */
    @XmlAttribute(name = "allowHighBitCharacters")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowHighBitCharacters;
    @XmlElement(name = "fileExtensions")
    public FileExtensions fileExtensions;
    @XmlElement(name = "hiddenSegments")
    public HiddenSegments hiddenSegments;
    @XmlElement(name = "denyUrlSequences")
    public DenyUrlSequences denyUrlSequences;
    @XmlElement(name = "requestLimits")
    public RequestLimits requestLimits;
}
