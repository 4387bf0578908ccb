package org.apphostftp.log;

/**
 * The software this build is, as the W3C log's {@code #Software} directive names it. It lives here, the lowest layer
 * that needs it, so the log does not import the root package ({@link org.apphostftp.Version} is its public face).
 */
public final class Software {

    private Software() {
    }

    /** The version from the jar manifest ("dev" when run from classes). */
    public static String version() {
        String v = Software.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
