package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <sessions>}. Live sessions of the site, one per control connection. Runtime, read-only. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Sessions {

    @XmlElement(name = "session")
    public List<Session> sessions = new ArrayList<>();
}
