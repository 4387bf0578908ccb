package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.CentralLogFileMode;

/** {@code <log>}. Section system.ftpServer/log. */
@XmlAccessorType(XmlAccessType.FIELD)
public class LogSection {

    /** One log per site, or one central log. */
    @XmlAttribute(name = "centralLogFileMode")
    @XmlJavaTypeAdapter(IisEnumAdapters.CentralLogFileModeAdapter.class)
    public CentralLogFileMode centralLogFileMode;
    /** Write logs in UTF-8. */
    @XmlAttribute(name = "logInUTF8")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean logInUTF8;
    @XmlElement(name = "centralLogFile")
    public CentralLogFile centralLogFile;
}
