package org.apphostftp.config.effective;

/** The sslClientCertificates/@validationFlags flags. */
public enum CertValidationFlag implements IisEnum {
    NO_REVOCATION_CHECK("NoRevocationCheck", 1),
    CERT_CHAIN_REVOCATION_CHECK_CACHE_ONLY("CertChainRevocationCheckCacheOnly", 2),
    CERT_CHAIN_CACHE_ONLY_URL_RETRIEVAL("CertChainCacheOnlyUrlRetrieval", 4),
    CERT_NO_USAGE_CHECK("CertNoUsageCheck", 8);

    private final String iisName;
    private final long value;

    CertValidationFlag(String iisName, long value) {
        this.iisName = iisName;
        this.value = value;
    }

    @Override
    public String iisName() {
        return iisName;
    }

    @Override
    public long value() {
        return value;
    }
}
