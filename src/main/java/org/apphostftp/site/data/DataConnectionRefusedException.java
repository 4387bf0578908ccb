package org.apphostftp.site.data;

import java.io.IOException;

/**
 * No acceptable data connection came before the data channel timeout: every one that came had to be refused (under
 * PROT P, none resumed the control connection's TLS session). The message says why, for the 425 reply.
 */
public final class DataConnectionRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public DataConnectionRefusedException(String message) {
        super(message);
    }
}
