package org.apphostftp.configapi;

/**
 * A filter given to {@link Configuration#select(String)} that cannot be read: the message says what is wrong and
 * at which character (1-based), e.g. {@code expected ']' at character 43}. The HTTP endpoint answers 400.
 */
public final class InvalidFilterException extends ConfigurationApiException {
    private static final long serialVersionUID = 1L;

    private final int position;

    public InvalidFilterException(String filter, int position, String problem) {
        super(filter, "invalid filter: " + problem + " at character " + position + " of '" + filter + "'");
        this.position = position;
    }

    /** The 1-based character of the filter where the problem is. */
    public int getPosition() {
        return position;
    }
}
