package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import java.util.ArrayList;
import java.util.List;

/** {@code <credentials>}. Users of basicAuthentication and IisManagerAuth; also read from administration.config. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Credentials {

    /** The collection in file order: {@link CredentialEntry} items, {@link RemoveEntry}, {@link ClearEntry}. */
    @XmlElements({
        @XmlElement(name = "add", type = CredentialEntry.class),
        @XmlElement(name = "remove", type = RemoveEntry.class),
        @XmlElement(name = "clear", type = ClearEntry.class)
    })
    public List<Object> entries = new ArrayList<>();
}
