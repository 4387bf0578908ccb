package org.apphostftp.admin;

/**
 * A request the endpoint refuses at the HTTP level (no token, unknown resource, wrong method, bad parameter): answered
 * with {@code status} and the JSON error {@code {"error": message, "path": path}}.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String path;
    private final String allow;

    ApiException(int status, String message, String path) {
        this(status, message, path, null);
    }

    private ApiException(int status, String message, String path, String allow) {
        super(message);
        this.status = status;
        this.path = path;
        this.allow = allow;
    }

    /** 405, with the methods the resource takes (sent as the Allow header). */
    static ApiException methodNotAllowed(String method, String path, String allowed) {
        return new ApiException(405, "method " + method + " is not allowed on " + path + "; use " + allowed, path, allowed);
    }

    int status() {
        return status;
    }

    String path() {
        return path;
    }

    /** The Allow header of a 405, else null. */
    String allow() {
        return allow;
    }
}
