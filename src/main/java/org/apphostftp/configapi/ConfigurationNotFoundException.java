package org.apphostftp.configapi;

/**
 * Something named does not exist: a section, attribute, child element or method the schema does not have, or a
 * runtime object that is not live (Terminate of a session that has ended). Runtime providers throw it for the
 * latter; the HTTP endpoint answers 404.
 */
public final class ConfigurationNotFoundException extends ConfigurationApiException {
    private static final long serialVersionUID = 1L;

    public ConfigurationNotFoundException(String path, String message) {
        super(path, message);
    }

    /** For runtime providers: {@code what} (e.g. "no live session 'a7a1…'") about the element at {@code path}. */
    public ConfigurationNotFoundException(ElementPath path, String what) {
        super(path.toString(), what);
    }
}
