package org.apphostftp.config.effective;

/** The directoryBrowse/@showFlags flags. */
public enum ShowFlag implements IisEnum {
    LONG_DATE("LongDate", 2),
    STYLE_UNIX("StyleUnix", 4),
    DISPLAY_AVAILABLE_BYTES("DisplayAvailableBytes", 16),
    DISPLAY_VIRTUAL_DIRECTORIES("DisplayVirtualDirectories", 32),
    USE_GMT_TIME("UseGmtTime", 64);

    private final String iisName;
    private final long value;

    ShowFlag(String iisName, long value) {
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
