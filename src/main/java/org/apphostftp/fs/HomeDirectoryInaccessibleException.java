package org.apphostftp.fs;

import org.apache.ftpserver.ftplet.FtpException;

/**
 * The user's home (user isolation) does not exist or cannot be used: the login must fail with {@link #REPLY}.
 * The message names the site, the user, the folder and the fix, for the log.
 */
public class HomeDirectoryInaccessibleException extends FtpException {
    private static final long serialVersionUID = 1L;

    /** The text of IIS's 530 reply for this case. */
    public static final String REPLY = "User cannot log in, home directory inaccessible.";

    public HomeDirectoryInaccessibleException(String message) {
        super(message);
    }
}
