package org.apphostftp.site.data;

import java.io.IOException;

/** An upload grew beyond requestFiltering/requestLimits/@maxAllowedContentLength (answered with 552). */
public final class UploadLimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    public UploadLimitExceededException(long limit) {
        super("upload exceeds the allowed size of " + limit + " bytes");
    }
}
