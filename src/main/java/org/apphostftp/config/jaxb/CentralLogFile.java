package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.LogField;
import org.apphostftp.config.effective.LogPeriod;
import org.apphostftp.config.effective.SelectiveLogging;

/** {@code <centralLogFile>}. The central log (centralLogFileMode Central), in directory/FTPSVC/u_exYYMMDD.log. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CentralLogFile {

    /** enabled */
    @XmlAttribute(name = "enabled")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enabled;
    /** directory */
    @XmlAttribute(name = "directory")
    public String directory;
    /** period */
    @XmlAttribute(name = "period")
    @XmlJavaTypeAdapter(IisEnumAdapters.LogPeriodAdapter.class)
    public LogPeriod period;
    /** truncateSize */
    @XmlAttribute(name = "truncateSize")
    public Long truncateSize;
    /** localTimeRollover */
    @XmlAttribute(name = "localTimeRollover")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean localTimeRollover;
    /** logExtFileFlags */
    @XmlAttribute(name = "logExtFileFlags")
    @XmlJavaTypeAdapter(IisEnumAdapters.LogFieldFlagsAdapter.class)
    public java.util.Set<LogField> logExtFileFlags;
    /** selectiveLogging */
    @XmlAttribute(name = "selectiveLogging")
    @XmlJavaTypeAdapter(IisEnumAdapters.SelectiveLoggingFlagsAdapter.class)
    public java.util.Set<SelectiveLogging> selectiveLogging;
}
