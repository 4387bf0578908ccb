package org.apphostftp.config.effective;

/** The system.ftpServer/log/@centralLogFileMode values. */
public enum CentralLogFileMode implements IisEnum {
    SITE("Site", 0),
    CENTRAL("Central", 1);

    private final String iisName;
    private final long value;

    CentralLogFileMode(String iisName, long value) {
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
