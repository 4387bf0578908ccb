package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.ControlChannelPolicy;
import org.apphostftp.config.effective.DataChannelPolicy;

/** {@code <ssl>}. FTPS policies and the server certificate. */
@XmlAccessorType(XmlAccessType.FIELD)
public class Ssl {

    /** Whether the control channel (and so the login) must use TLS. */
    @XmlAttribute(name = "controlChannelPolicy")
    @XmlJavaTypeAdapter(IisEnumAdapters.ControlChannelPolicyAdapter.class)
    public ControlChannelPolicy controlChannelPolicy;
    /** Whether data channels must (or must not) use TLS. */
    @XmlAttribute(name = "dataChannelPolicy")
    @XmlJavaTypeAdapter(IisEnumAdapters.DataChannelPolicyAdapter.class)
    public DataChannelPolicy dataChannelPolicy;
    /** SHA-1 thumbprint (hex) selecting the certificate when the keystore holds several. */
    @XmlAttribute(name = "serverCertHash")
    public String serverCertHash;
    /** Kept for IIS compatibility; certificates come from serverCertFile. */
    @XmlAttribute(name = "serverCertStoreName")
    public String serverCertStoreName;
    /** Require ciphers of at least 128 bits (all TLS 1.2+ suites enabled here are). */
    @XmlAttribute(name = "ssl128")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean ssl128;
    /** (apphost-ftp) PKCS#12 keystore or PEM certificate chain of the server certificate. */
    @XmlAttribute(name = "serverCertFile")
    public String serverCertFile;
    /** (apphost-ftp) PEM private key (PKCS#8) when serverCertFile is a PEM chain. */
    @XmlAttribute(name = "serverCertKeyFile")
    public String serverCertKeyFile;
    /** (apphost-ftp) Password of the PKCS#12 file or of an encrypted PEM key; %VAR% expands. */
    @XmlAttribute(name = "serverCertPassword")
    public String serverCertPassword;
    /** (apphost-ftp) A PROT P data connection must resume the TLS session of its control connection (as vsftpd's require_ssl_reuse); false admits clients that cannot resume. */
    @XmlAttribute(name = "requireTlsSessionResumption")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean requireTlsSessionResumption;
}
