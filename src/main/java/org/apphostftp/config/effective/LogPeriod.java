package org.apphostftp.config.effective;

/** The logFile/@period values. */
public enum LogPeriod implements IisEnum {
    MAX_SIZE("MaxSize", 0),
    DAILY("Daily", 1),
    WEEKLY("Weekly", 2),
    MONTHLY("Monthly", 3),
    HOURLY("Hourly", 4);

    private final String iisName;
    private final long value;

    LogPeriod(String iisName, long value) {
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
