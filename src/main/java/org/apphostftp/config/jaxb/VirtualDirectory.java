package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.LogonMethod;

/** {@code <virtualDirectory>}. A folder of the FTP namespace: '/' is the site root, others are virtual directories. */
@XmlAccessorType(XmlAccessType.FIELD)
public class VirtualDirectory {

    /** Virtual path, relative to the application. */
    @XmlAttribute(name = "path")
    public String path;
    /** Folder on disk; %VAR% expands from the environment, relative paths resolve against the config folder. */
    @XmlAttribute(name = "physicalPath")
    public String physicalPath;
    /** Kept for IIS compatibility; not used. */
    @XmlAttribute(name = "userName")
    public String userName;
    /** Kept for IIS compatibility; not used. */
    @XmlAttribute(name = "password")
    public String password;
    /** Kept for IIS compatibility; not used. */
    @XmlAttribute(name = "logonMethod")
    @XmlJavaTypeAdapter(IisEnumAdapters.LogonMethodAdapter.class)
    public LogonMethod logonMethod;
    /** Kept for IIS compatibility; not used. */
    @XmlAttribute(name = "allowSubDirConfig")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowSubDirConfig;
}
