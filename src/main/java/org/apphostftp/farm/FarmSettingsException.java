package org.apphostftp.farm;

/** The farm section or a node's options are wrong; the message names the attribute or option and the fix. */
public final class FarmSettingsException extends RuntimeException {

    public FarmSettingsException(String message) {
        super(message);
    }
}
