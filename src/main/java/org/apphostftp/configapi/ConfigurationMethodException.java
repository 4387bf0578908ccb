package org.apphostftp.configapi;

/**
 * A runtime method ran but could not do what it was asked (a site that cannot start because its port is taken, ...).
 * {@link #getStatus()} is the status IIS would report (for Start, the site's lastStartupStatus).
 */
public final class ConfigurationMethodException extends ConfigurationApiException {
    private static final long serialVersionUID = 1L;

    private final long status;

    public ConfigurationMethodException(ElementPath path, String message, long status) {
        super(path.toString(), message);
        this.status = status;
    }

    public long getStatus() {
        return status;
    }
}
