package org.apphostftp.config.location;

/** A place in a configuration file: the file as the user named it, 1-based line and column. */
public record Location(String file, int line, int column) {

    /** A location that names only the file (for problems that have no position). */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
