package org.apphostftp.configapi;

/**
 * A config API call that cannot be done. Every subclass names the element path it is about, so that the HTTP
 * endpoint can answer {@code {"error": message, "path": path}}.
 */
public abstract class ConfigurationApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    protected ConfigurationApiException(String path, String message) {
        super(message);
        this.path = path == null ? "" : path;
    }

    /** The element path (or filter, or file) the error is about; "" when there is none. */
    public String getPath() {
        return path;
    }
}
