package org.apphostftp.config.effective;

/** The sslClientCertificates/@clientCertificatePolicy values. */
public enum ClientCertificatePolicy implements IisEnum {
    CERT_IGNORE("CertIgnore", 0),
    CERT_ALLOW("CertAllow", 1),
    CERT_REQUIRE("CertRequire", 2);

    private final String iisName;
    private final long value;

    ClientCertificatePolicy(String iisName, long value) {
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
