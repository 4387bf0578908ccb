package org.apphostftp.config.effective;

/** The runtime ftpServer/@state values. */
public enum SiteState implements IisEnum {
    STARTING("Starting", 0),
    STARTED("Started", 1),
    STOPPING("Stopping", 2),
    STOPPED("Stopped", 3),
    UNKNOWN("Unknown", 4);

    private final String iisName;
    private final long value;

    SiteState(String iisName, long value) {
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
