package org.apphostftp.config.effective;

/** The logonMethod values (kept for IIS compatibility). */
public enum LogonMethod implements IisEnum {
    INTERACTIVE("Interactive", 0),
    BATCH("Batch", 1),
    NETWORK("Network", 2),
    CLEAR_TEXT("ClearText", 3);

    private final String iisName;
    private final long value;

    LogonMethod(String iisName, long value) {
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
