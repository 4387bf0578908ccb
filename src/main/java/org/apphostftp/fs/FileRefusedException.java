package org.apphostftp.fs;

import java.io.IOException;

/** A file cannot be opened for this user: MINA's transfer commands answer an IOException with a 55x reply. */
public class FileRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    public FileRefusedException(Refusal refusal, String path, String detail) {
        super("'" + path + "': " + detail);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
