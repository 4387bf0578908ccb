package org.apphostftp.fs;

import java.nio.file.Path;

/**
 * Where a path is on disk, as far as it exists; checked to stay inside its mount.
 *
 * @param physical     the path as the namespace builds it (mount folder + the rest); symbolic links not followed
 * @param real         the real path when it exists; the parent's real path + the name when only the parent exists;
 *                     else null
 * @param exists       the path exists
 * @param parentExists the parent folder exists (so the path can be created)
 */
record Location(Path physical, Path real, boolean exists, boolean parentExists) {

    static Location missing(Path physical) {
        return new Location(physical, null, false, false);
    }
}
