package org.apphostftp.host;

/** A site could not start (port in use, no permission, implicit FTPS without certificate); carries IIS's status code. */
public final class SiteStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long status;

    public SiteStartException(String message, long status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The Win32-style code IIS reports in ftpServer/@lastStartupStatus (10048 address in use, 10013 access denied). */
    public long status() {
        return status;
    }
}
