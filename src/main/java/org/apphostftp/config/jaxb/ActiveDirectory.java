package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <activeDirectory>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class ActiveDirectory {

    /** Kept for IIS compatibility; not supported. */
    @XmlAttribute(name = "adUserName")
    public String adUserName;
    /** adPassword */
    @XmlAttribute(name = "adPassword")
    public String adPassword;
    /** adCacheRefresh */
    @XmlAttribute(name = "adCacheRefresh")
    @XmlJavaTypeAdapter(TimeSpanAdapter.class)
    public java.time.Duration adCacheRefresh;
}
