package org.apphostftp.config.effective;

/** The logFile/@selectiveLogging flags. */
public enum SelectiveLogging implements IisEnum {
    LOG_SUCCESSFUL("LogSuccessful", 1),
    LOG_ERROR("LogError", 2),
    LOG_INFRASTRUCTURE("LogInfrastructure", 4);

    private final String iisName;
    private final long value;

    SelectiveLogging(String iisName, long value) {
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
