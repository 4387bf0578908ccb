package org.apphostftp.config.effective;

/** The logFile/@logExtFileFlags flags: the W3C fields. */
public enum LogField implements IisEnum {
    DATE("Date", 1),
    TIME("Time", 2),
    CLIENT_IP("ClientIP", 4),
    USER_NAME("UserName", 8),
    SITE_NAME("SiteName", 16),
    COMPUTER_NAME("ComputerName", 32),
    SERVER_IP("ServerIP", 64),
    METHOD("Method", 128),
    URI_STEM("UriStem", 256),
    FTP_STATUS("FtpStatus", 1024),
    WIN32_STATUS("Win32Status", 2048),
    BYTES_SENT("BytesSent", 4096),
    BYTES_RECV("BytesRecv", 8192),
    TIME_TAKEN("TimeTaken", 16384),
    SERVER_PORT("ServerPort", 32768),
    HOST("Host", 1048576),
    FTP_SUB_STATUS("FtpSubStatus", 2097152),
    SESSION("Session", 4194304),
    FULL_PATH("FullPath", 8388608),
    INFO("Info", 16777216),
    CLIENT_PORT("ClientPort", 33554432);

    private final String iisName;
    private final long value;

    LogField(String iisName, long value) {
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
