package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <add>}.  */
@XmlAccessorType(XmlAccessType.FIELD)
public class CommandFilter {

    /** FTP verb, for example SYST. */
    @XmlAttribute(name = "command")
    public String command;
    /** Whether the verb is accepted. */
    @XmlAttribute(name = "allowed")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowed;
}
