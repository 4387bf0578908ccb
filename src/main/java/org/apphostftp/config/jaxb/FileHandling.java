package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <fileHandling>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class FileHandling {

    /** Keep the part of an upload that was received before it failed or was aborted. */
    @XmlAttribute(name = "keepPartialUploads")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean keepPartialUploads;
    /** RNTO may replace an existing file. */
    @XmlAttribute(name = "allowReplaceOnRename")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowReplaceOnRename;
    /** Files being uploaded may be downloaded at the same time. */
    @XmlAttribute(name = "allowReadUploadsInProgress")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowReadUploadsInProgress;
    /** (apphost-ftp) Offer MODE Z (deflate) transfers; IIS has none, so off by default (MODE Z gets 504). */
    @XmlAttribute(name = "allowModeZ")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowModeZ;
    /** (apphost-ftp) A MODE Z upload is aborted (552) once it inflates past this many times its compressed bytes. */
    @XmlAttribute(name = "modeZMaxRatio")
    public Long modeZMaxRatio;
}
