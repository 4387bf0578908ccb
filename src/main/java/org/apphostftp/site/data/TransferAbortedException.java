package org.apphostftp.site.data;

import java.net.SocketException;

/**
 * A data transfer that stopped because its connection was closed or aborted (client gone, watchdog, Terminate).
 * A {@link SocketException} so that every command answers it with 426, as the stock commands do.
 */
public final class TransferAbortedException extends SocketException {
    private static final long serialVersionUID = 1L;

    public TransferAbortedException(String message) {
        super(message);
    }
}
