package org.apphostftp.fs;

import java.io.IOException;

/** An upload would make the file larger than requestFiltering/requestLimits/@maxAllowedContentLength. */
public class UploadLimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    public UploadLimitExceededException(String path, long limit) {
        super("'" + path + "': the upload exceeds requestLimits/@maxAllowedContentLength (" + limit + " bytes)");
        this.limit = limit;
    }

    /** For other limits of an upload's size, with their own message. */
    protected UploadLimitExceededException(long limit, String message) {
        super(message);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
