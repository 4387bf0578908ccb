package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <connections>}. Timeouts and connection limits. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Connections {

    /** Seconds a logged-in control channel may stay idle before 421 and close. */
    @XmlAttribute(name = "controlChannelTimeout")
    public Integer controlChannelTimeout;
    /** Seconds a data channel may stay idle before it is closed. */
    @XmlAttribute(name = "dataChannelTimeout")
    public Integer dataChannelTimeout;
    /** Kept for IIS compatibility; each binding listens on exactly its address. */
    @XmlAttribute(name = "disableSocketPooling")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean disableSocketPooling;
    /** Kept for IIS compatibility; unused, as in IIS. */
    @XmlAttribute(name = "maxBandwidth")
    public Long maxBandwidth;
    /** Maximum simultaneous connections of the site (logged in or not). */
    @XmlAttribute(name = "maxConnections")
    public Long maxConnections;
    /** A data transfer slower than this many bytes per second is closed (0 disables). */
    @XmlAttribute(name = "minBytesPerSecond")
    public Integer minBytesPerSecond;
    /** Over maxConnections, reset the TCP connection instead of replying 421. */
    @XmlAttribute(name = "resetOnMaxConnections")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean resetOnMaxConnections;
    /** Listen backlog of the site's sockets. */
    @XmlAttribute(name = "serverListenBacklog")
    public Integer serverListenBacklog;
    /** Seconds allowed between connect and a successful login. */
    @XmlAttribute(name = "unauthenticatedTimeout")
    public Integer unauthenticatedTimeout;
}
