package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <shutdown>} of serverRuntime (apphost-ftp). How a service stop ends sessions. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Shutdown {

    /** How long running transfers may finish after a stop before the remaining sessions get 421. */
    @XmlAttribute(name = "drainTimeout")
    @XmlJavaTypeAdapter(TimeSpanAdapter.class)
    public java.time.Duration drainTimeout;
}
