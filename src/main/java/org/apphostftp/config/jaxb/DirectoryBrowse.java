package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.ShowFlag;

/** {@code <directoryBrowse>}. Directory listings. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DirectoryBrowse {

    /** Listing style and extras; no flag means MS-DOS style with short dates. */
    @XmlAttribute(name = "showFlags")
    @XmlJavaTypeAdapter(IisEnumAdapters.ShowFlagFlagsAdapter.class)
    public java.util.Set<ShowFlag> showFlags;
    /** Seconds allowed for reading a virtual directory's timestamp for a listing. */
    @XmlAttribute(name = "virtualDirectoryTimeout")
    public Integer virtualDirectoryTimeout;
}
