package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.List;

/** {@code <ipSecurity>}. Section system.ftpServer/security/ipSecurity. */
@XmlAccessorType(XmlAccessType.FIELD)
public class IpSecuritySection {

    /** Clients matching no rule are allowed. */
    @XmlAttribute(name = "allowUnlisted")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowUnlisted;
    /** Resolve client names for domainName rules. */
    @XmlAttribute(name = "enableReverseDns")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean enableReverseDns;
    /** The collection in file order: {@link IpSecurityRule} items, {@link RemoveEntry}, {@link ClearEntry}. */
    @XmlElements({
        @XmlElement(name = "add", type = IpSecurityRule.class),
        @XmlElement(name = "remove", type = RemoveEntry.class),
        @XmlElement(name = "clear", type = ClearEntry.class)
    })
    public List<Object> entries = new ArrayList<>();
}
