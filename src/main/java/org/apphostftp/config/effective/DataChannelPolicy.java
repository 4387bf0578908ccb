package org.apphostftp.config.effective;

/** The security/ssl/@dataChannelPolicy values. */
public enum DataChannelPolicy implements IisEnum {
    SSL_ALLOW("SslAllow", 0),
    SSL_REQUIRE("SslRequire", 1),
    SSL_DENY("SslDeny", 2);

    private final String iisName;
    private final long value;

    DataChannelPolicy(String iisName, long value) {
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
