package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.LogField;
import org.apphostftp.config.effective.LogPeriod;
import org.apphostftp.config.effective.SelectiveLogging;

/** {@code <logFile>}. W3C log of the site, in directory/FTPSVC&lt;id&gt;/u_exYYMMDD.log. */
@XmlAccessorType(XmlAccessType.FIELD)
public class LogFile {

    /** enabled */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
    /** Log folder (IIS default %SystemDrive%&#92;inetpub&#92;logs&#92;LogFiles has no meaning on Linux; here 'logs' beside the config). */
    @XmlAttribute(name = "directory")
    public String directory;
    /** When a new log file starts. */
    @XmlAttribute(name = "period")
    @XmlJavaTypeAdapter(IisEnumAdapters.LogPeriodAdapter.class)
    public LogPeriod period;
    /** File size at which a MaxSize log rolls over. */
    @XmlAttribute(name = "truncateSize")
    public Long truncateSize;
    /** Roll over on local time instead of UTC. */
    @XmlAttribute(name = "localTimeRollover")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean localTimeRollover;
    /** W3C fields written. */
    @XmlAttribute(name = "logExtFileFlags")
    @XmlJavaTypeAdapter(IisEnumAdapters.LogFieldFlagsAdapter.class)
    public java.util.Set<LogField> logExtFileFlags;
    /** Which events are logged. */
    @XmlAttribute(name = "selectiveLogging")
    @XmlJavaTypeAdapter(IisEnumAdapters.SelectiveLoggingFlagsAdapter.class)
    public java.util.Set<SelectiveLogging> selectiveLogging;
}
