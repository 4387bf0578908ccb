package org.apphostftp.fs;

/**
 * Why the namespace refuses a path or an operation. {@link #substatus()} is the IIS FTP substatus logged for
 * request-filtering refusals (0 when IIS has none); {@link #replyText()} is the text an FTP reply can carry.
 */
public enum Refusal {
    /** The path does not exist, or its parent does not (for a path to create). */
    NOT_FOUND(0, "The system cannot find the file specified."),
    /** No authorization rule grants the permission at this path. */
    NOT_AUTHORIZED(0, "Access is denied."),
    /** '..' would climb above the user's root. */
    OUTSIDE_ROOT(0, "Access is denied."),
    /** NUL or another control character in the path. */
    CONTROL_CHARACTER(0, "The filename, directory name, or volume label syntax is incorrect."),
    /** A symbolic link whose real target leaves its mount, or whose target is missing. */
    SYMLINK_ESCAPE(0, "Access is denied."),
    /** requestFiltering/hiddenSegments: the path is neither listed nor reachable. */
    HIDDEN_SEGMENT(8, "The system cannot find the file specified."),
    /** requestFiltering/denyUrlSequences. */
    DENIED_SEQUENCE(9, "Access is denied."),
    /** requestFiltering/@allowHighBitCharacters is false and the path is not ASCII. */
    HIGH_BIT_CHARACTER(10, "Access is denied."),
    /** requestFiltering/fileExtensions does not allow the extension. */
    FILE_EXTENSION(11, "Access is denied."),
    /** requestFiltering/requestLimits/@maxUrl. */
    URL_TOO_LONG(12, "The filename or extension is too long."),
    /** The site root, the user's root and virtual directories cannot be removed or renamed. */
    MOUNT_POINT(0, "Access is denied."),
    /** fileHandling/@allowReplaceOnRename is false (or the target is a folder). */
    TARGET_EXISTS(0, "Cannot create a file when that file already exists."),
    /** Another session is uploading the file (fileHandling/@allowReadUploadsInProgress for reads). */
    UPLOAD_IN_PROGRESS(0, "The process cannot access the file because it is being used by another process.");

    private final int substatus;
    private final String replyText;

    Refusal(int substatus, String replyText) {
        this.substatus = substatus;
        this.replyText = replyText;
    }

    public int substatus() {
        return substatus;
    }

    public String replyText() {
        return replyText;
    }
}
