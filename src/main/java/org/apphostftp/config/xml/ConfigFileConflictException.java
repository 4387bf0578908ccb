package org.apphostftp.config.xml;

/**
 * The file changed on disk (or vanished) after it was read, so writing would throw away someone else's change.
 * The file is left as the other writer left it; reload it and apply the change again.
 */
public final class ConfigFileConflictException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;

    public ConfigFileConflictException(String file, String message) {
        super(message);
        this.file = file;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }
}
