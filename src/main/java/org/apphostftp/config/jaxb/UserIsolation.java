package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.UserIsolationMode;

/** {@code <userIsolation>}. Where users start and what they can see. */
@XmlAccessorType(XmlAccessType.FIELD)
public class UserIsolation {

    /** mode */
    @XmlAttribute(name = "mode")
    @XmlJavaTypeAdapter(IisEnumAdapters.UserIsolationModeAdapter.class)
    public UserIsolationMode mode;
    @XmlElement(name = "activeDirectory")
    public ActiveDirectory activeDirectory;
}
