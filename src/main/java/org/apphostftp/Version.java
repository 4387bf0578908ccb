package org.apphostftp;

import org.apphostftp.log.Software;

/** The version of this build, from the jar manifest ("dev" when run from classes). */
public final class Version {
    private Version() {
    }

    public static String current() {
        return Software.version();
    }
}
