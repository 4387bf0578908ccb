package org.apphostftp.configapi;

/**
 * A commit found the file changed on disk (or removed) since it was read: writing would throw away someone else's
 * change, so nothing was written. Open a new {@link ServerManager} and apply the change again.
 */
public final class ConfigurationConflictException extends ConfigurationApiException {
    private static final long serialVersionUID = 1L;

    public ConfigurationConflictException(String file, String message, Throwable cause) {
        super(file, message);
        initCause(cause);
    }
}
