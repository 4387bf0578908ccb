package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <connectionLimits>} of serverRuntime (apphost-ftp). Limits of the whole process, across all sites. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ConnectionLimits {

    /** Simultaneous control connections from one client address, all sites together; 0 means no limit. */
    @XmlAttribute(name = "maxConnectionsPerClient")
    public Long maxConnectionsPerClient;
    /** File descriptors kept free for the admin endpoint, the config watcher and logs. */
    @XmlAttribute(name = "reservedFileDescriptors")
    public Long reservedFileDescriptors;
}
