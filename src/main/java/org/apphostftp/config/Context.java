package org.apphostftp.config;

/**
 * How a message names the place it is about: an anchor ({@code site 'alpha'}, a section path, or a location and
 * section) and the element path below it ({@code ftpServer/connections}).
 */
record Context(String anchor, String path) {

    static Context of(String anchor) {
        return new Context(anchor, "");
    }

    Context child(String segment) {
        return new Context(anchor, path.isEmpty() ? segment : path + "/" + segment);
    }

    String message(String detail) {
        return anchor + (path.isEmpty() ? "" : ": " + path) + ": " + detail;
    }
}
