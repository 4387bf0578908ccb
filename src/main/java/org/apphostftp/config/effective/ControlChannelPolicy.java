package org.apphostftp.config.effective;

/** The security/ssl/@controlChannelPolicy values. */
public enum ControlChannelPolicy implements IisEnum {
    SSL_ALLOW("SslAllow", 0),
    SSL_REQUIRE("SslRequire", 1),
    SSL_REQUIRE_CREDENTIALS_ONLY("SslRequireCredentialsOnly", 2);

    private final String iisName;
    private final long value;

    ControlChannelPolicy(String iisName, long value) {
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
