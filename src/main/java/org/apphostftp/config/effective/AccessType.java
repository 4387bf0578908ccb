package org.apphostftp.config.effective;

/** The authorization rule types. */
public enum AccessType implements IisEnum {
    ALLOW("Allow", 0),
    DENY("Deny", 1);

    private final String iisName;
    private final long value;

    AccessType(String iisName, long value) {
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
