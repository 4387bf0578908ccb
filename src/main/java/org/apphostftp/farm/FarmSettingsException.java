package org.apphostftp.farm;

/**
 * The farm section or a node's options are wrong, or the farm cannot be joined; the message names the attribute or
 * option and the fix. An {@link IllegalStateException}, so that the public API ({@code FtpHost.start}) documents an
 * exported type.
 */
public final class FarmSettingsException extends IllegalStateException {
    private static final long serialVersionUID = 1L;


    public FarmSettingsException(String message) {
        super(message);
    }
}
