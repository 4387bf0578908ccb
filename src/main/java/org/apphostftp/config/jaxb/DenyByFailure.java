package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <denyByFailure>}. Block a client address after repeated failed logins. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DenyByFailure {

    /** enabled */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
    /** Failed logins within entryExpiration that block the address. */
    @XmlAttribute(name = "maxFailure")
    public Long maxFailure;
    /** Window in which failures are counted, and how long a block lasts. */
    @XmlAttribute(name = "entryExpiration")
    @XmlJavaTypeAdapter(TimeSpanAdapter.class)
    public java.time.Duration entryExpiration;
    /** Only log what would be blocked. */
    @XmlAttribute(name = "loggingOnlyMode")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean loggingOnlyMode;
}
