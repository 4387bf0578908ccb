package org.apphostftp.config.effective;

/** The authorization/@permissions flags. */
public enum Permission implements IisEnum {
    READ("Read", 1),
    WRITE("Write", 2);

    private final String iisName;
    private final long value;

    Permission(String iisName, long value) {
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
