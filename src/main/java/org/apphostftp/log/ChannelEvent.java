package org.apphostftp.log;

/**
 * The connection events IIS FTP writes into its W3C log in place of a command: the name goes into {@code cs-method},
 * the line has no {@code sc-status}, and selectiveLogging treats them as infrastructure.
 */
public enum ChannelEvent {
    CONTROL_CHANNEL_OPENED("ControlChannelOpened"),
    CONTROL_CHANNEL_CLOSED("ControlChannelClosed"),
    DATA_CHANNEL_OPENED("DataChannelOpened"),
    DATA_CHANNEL_CLOSED("DataChannelClosed");

    private final String method;

    ChannelEvent(String method) {
        this.method = method;
    }

    /** The word IIS writes in {@code cs-method}. */
    public String method() {
        return method;
    }

    static boolean isChannelEvent(String method) {
        for (ChannelEvent e : values()) {
            if (e.method.equalsIgnoreCase(method)) {
                return true;
            }
        }
        return false;
    }
}
