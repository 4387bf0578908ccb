package org.apphostftp.config.schema;

/** A raw attribute text that does not fit its schema type or validation; the message says what was expected. */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
