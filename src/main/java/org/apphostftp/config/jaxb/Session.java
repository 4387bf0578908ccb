package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <session>}.  Runtime, read-only. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Session {

    /** Lowercase UUID, the x-session field of the log. (runtime, read-only) */
    @XmlAttribute(name = "sessionId")
    public String sessionId;
    /** '' before USER, the user name without its host part, 'Anonymous' for anonymous. (runtime, read-only) */
    @XmlAttribute(name = "userName")
    public String userName;
    /** Numeric client address. (runtime, read-only) */
    @XmlAttribute(name = "clientIp")
    public String clientIp;
    /** Connect time, ISO-8601 UTC. (runtime, read-only) */
    @XmlAttribute(name = "sessionStartTime")
    public String sessionStartTime;
    /** Last command line received (PASS shown as PASS ***). (runtime, read-only) */
    @XmlAttribute(name = "currentCommand")
    public String currentCommand;
    /** When currentCommand was received. (runtime, read-only) */
    @XmlAttribute(name = "commandStartTime")
    public String commandStartTime;
    /** The command line before currentCommand. (runtime, read-only) */
    @XmlAttribute(name = "previousCommand")
    public String previousCommand;
    /** Bytes sent, control and data. (runtime, read-only) */
    @XmlAttribute(name = "bytesSent")
    public Long bytesSent;
    /** Bytes received, control and data. (runtime, read-only) */
    @XmlAttribute(name = "bytesReceived")
    public Long bytesReceived;
    /** Last FTP reply code sent. (runtime, read-only) */
    @XmlAttribute(name = "lastErrorStatus")
    public Long lastErrorStatus;
    /** (apphost-ftp) Site the session belongs to now. (runtime, read-only) */
    @XmlAttribute(name = "siteName")
    public String siteName;
    /** (apphost-ftp) Virtual host selected by HOST or USER, '' if none. (runtime, read-only) */
    @XmlAttribute(name = "hostName")
    public String hostName;
    /** (apphost-ftp) Local address of the control connection. (runtime, read-only) */
    @XmlAttribute(name = "serverIp")
    public String serverIp;
    /** (apphost-ftp) Local port of the control connection. (runtime, read-only) */
    @XmlAttribute(name = "serverPort")
    public Long serverPort;
    /** (apphost-ftp) Client port of the control connection. (runtime, read-only) */
    @XmlAttribute(name = "clientPort")
    public Long clientPort;
    /** (apphost-ftp) Working directory ('' before login). (runtime, read-only) */
    @XmlAttribute(name = "currentDirectory")
    public String currentDirectory;
    /** (apphost-ftp) The control channel uses TLS. (runtime, read-only) */
    @XmlAttribute(name = "secureControl")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean secureControl;
    /** (apphost-ftp) Data channels use TLS (PROT P). (runtime, read-only) */
    @XmlAttribute(name = "secureData")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean secureData;
    /** (apphost-ftp) In a farm, the node that holds the session. */
    @XmlAttribute(name = "serverName")
    public String serverName;
}
