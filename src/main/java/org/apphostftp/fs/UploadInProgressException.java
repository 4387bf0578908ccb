package org.apphostftp.fs;

import java.io.IOException;

/** Another session is uploading the same file. */
public class UploadInProgressException extends IOException {
    private static final long serialVersionUID = 1L;

    public UploadInProgressException(String path) {
        super("'" + path + "': " + Refusal.UPLOAD_IN_PROGRESS.replyText());
    }
}
