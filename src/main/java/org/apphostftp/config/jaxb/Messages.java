package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <messages>}. Texts sent to clients. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Messages {

    /** Sent with 220 on connect. */
    @XmlAttribute(name = "bannerMessage")
    public String bannerMessage;
    /** Do not send the default 'Microsoft FTP Service' banner line. */
    @XmlAttribute(name = "suppressDefaultBanner")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean suppressDefaultBanner;
    /** Sent with 230 after a successful login. */
    @XmlAttribute(name = "greetingMessage")
    public String greetingMessage;
    /** Sent with 221 on QUIT. */
    @XmlAttribute(name = "exitMessage")
    public String exitMessage;
    /** Sent with 421 when maxConnections is reached. */
    @XmlAttribute(name = "maxClientsMessage")
    public String maxClientsMessage;
    /** Expand %UserName%, %SessionID%, %SiteName%, %BytesSent%, %BytesReceived% and %% in messages. */
    @XmlAttribute(name = "expandVariables")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean expandVariables;
    /** Add error details to replies for clients on the loopback address. */
    @XmlAttribute(name = "allowLocalDetailedErrors")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean allowLocalDetailedErrors;
}
