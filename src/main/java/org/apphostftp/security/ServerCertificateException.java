package org.apphostftp.security;

import java.nio.file.Path;

/**
 * A server certificate could not be loaded. The message names the setting, the file, what is wrong and how to fix it,
 * e.g. {@code site 'alpha' (security/ssl): /etc/ftp/site.p12: wrong serverCertPassword; set it to the password the
 * file was exported with}.
 */
public final class ServerCertificateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ServerCertificateException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file the problem is in. */
    public Path file() {
        return file;
    }
}
