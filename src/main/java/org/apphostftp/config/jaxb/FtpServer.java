package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.SiteState;

/** {@code <ftpServer>}. FTP settings of the site (also under siteDefaults). */
@XmlAccessorType(XmlAccessType.FIELD)
public class FtpServer {

    /** Start the FTP site with the server; false stops a running site. */
    @XmlAttribute(name = "serverAutoStart")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean serverAutoStart;
    /** Accept and send UTF-8 file names (OPTS UTF8 ON). */
    @XmlAttribute(name = "allowUTF8")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowUTF8;
    /** Current state of the FTP site. (runtime, read-only) */
    @XmlAttribute(name = "state")
    @XmlJavaTypeAdapter(IisEnumAdapters.SiteStateAdapter.class)
    public SiteState state;
    /** 0 when the last start succeeded, else an error code. (runtime, read-only) */
    @XmlAttribute(name = "lastStartupStatus")
    public Long lastStartupStatus;
    @XmlElement(name = "connections")
    public Connections connections;
    @XmlElement(name = "security")
    public Security security;
    @XmlElement(name = "customFeatures")
    public CustomFeatures customFeatures;
    @XmlElement(name = "messages")
    public Messages messages;
    @XmlElement(name = "fileHandling")
    public FileHandling fileHandling;
    @XmlElement(name = "firewallSupport")
    public FirewallSupport firewallSupport;
    @XmlElement(name = "userIsolation")
    public UserIsolation userIsolation;
    @XmlElement(name = "directoryBrowse")
    public DirectoryBrowse directoryBrowse;
    @XmlElement(name = "logFile")
    public LogFile logFile;
    @XmlElement(name = "sessions")
    public Sessions sessions;
}
