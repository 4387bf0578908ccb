package org.apphostftp.cli;

/** A command that could not do its job: the message is printed on stderr as it is, and the exit code is 1. */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
