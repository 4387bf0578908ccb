package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.apphostftp.config.effective.CertValidationFlag;
import org.apphostftp.config.effective.ClientCertificatePolicy;

/** {@code <sslClientCertificates>}. Kept for IIS compatibility; client certificates are not requested. */
@XmlAccessorType(XmlAccessType.FIELD)
public class SslClientCertificates {

    /** clientCertificatePolicy */
    @XmlAttribute(name = "clientCertificatePolicy")
    @XmlJavaTypeAdapter(IisEnumAdapters.ClientCertificatePolicyAdapter.class)
    public ClientCertificatePolicy clientCertificatePolicy;
    /** validationFlags */
    @XmlAttribute(name = "validationFlags")
    @XmlJavaTypeAdapter(IisEnumAdapters.CertValidationFlagFlagsAdapter.class)
    public java.util.Set<CertValidationFlag> validationFlags;
    /** revocationFreshnessTime */
    @XmlAttribute(name = "revocationFreshnessTime")
    @XmlJavaTypeAdapter(TimeSpanAdapter.class)
    public java.time.Duration revocationFreshnessTime;
    /** revocationUrlRetrievalTimeout */
    @XmlAttribute(name = "revocationUrlRetrievalTimeout")
    @XmlJavaTypeAdapter(TimeSpanAdapter.class)
    public java.time.Duration revocationUrlRetrievalTimeout;
    /** useActiveDirectoryMapping */
    @XmlAttribute(name = "useActiveDirectoryMapping")
    @XmlJavaTypeAdapter(IisBooleanAdapter.class)
    public Boolean useActiveDirectoryMapping;
}
