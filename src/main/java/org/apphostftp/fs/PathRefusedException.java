package org.apphostftp.fs;

import org.apache.ftpserver.ftplet.FtpException;

/**
 * The namespace refuses a path: MINA's commands turn an exception from {@code FileSystemView.getFile} into a 550
 * (553 for RNTO), so no refused path reaches the disk.
 */
public class PathRefusedException extends FtpException {
    private static final long serialVersionUID = 1L;

    private final Refusal refusal;
    private final String path;

    public PathRefusedException(Refusal refusal, String path, String detail) {
        super("'" + path + "': " + detail);
        this.refusal = refusal;
        this.path = path;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The path as the client wrote it (or as resolved, when the refusal comes after resolution). */
    public String path() {
        return path;
    }
}
