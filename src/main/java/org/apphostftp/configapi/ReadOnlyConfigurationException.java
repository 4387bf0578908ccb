package org.apphostftp.configapi;

/**
 * A write to a runtime part of the configuration (live sessions, {@code ftpServer/@state}, ...): these are filled
 * from the running server on each read and can never be changed or stored. Also thrown by
 * {@link ServerManager#commitChanges()} after such a write was attempted.
 */
public final class ReadOnlyConfigurationException extends ConfigurationApiException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyConfigurationException(String path, String message) {
        super(path, message);
    }
}
