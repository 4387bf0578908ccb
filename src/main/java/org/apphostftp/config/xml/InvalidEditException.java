package org.apphostftp.config.xml;

/**
 * A batch of edits cannot be applied as given: an element from another document, edits to an element the same batch
 * removes, a name that is not an XML name, a value XML cannot hold. Nothing was changed.
 */
public final class InvalidEditException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidEditException(String message) {
        super(message);
    }
}
