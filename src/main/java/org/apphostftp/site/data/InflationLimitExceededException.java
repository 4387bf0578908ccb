package org.apphostftp.site.data;

import org.apphostftp.fs.UploadLimitExceededException;

/** A MODE Z upload inflates past fileHandling/@modeZMaxRatio times its compressed bytes (a deflate bomb). */
public final class InflationLimitExceededException extends UploadLimitExceededException {
    private static final long serialVersionUID = 1L;

    InflationLimitExceededException(String path, long ratio) {
        super(ratio, "'" + path + "': the MODE Z data inflates more than " + ratio
                + " times its compressed size (fileHandling/@modeZMaxRatio)");
    }
}
