package org.apphostftp.fs;

import java.nio.file.Path;

/**
 * A folder mounted into a user's namespace: the user's root or a virtual directory.
 *
 * @param userPath     where the user sees it ("/" for the user's root)
 * @param sitePath     where it is in the site's namespace (the path {@code <location>} rules name)
 * @param physicalRoot the folder on disk
 */
record Mount(String userPath, String sitePath, Path physicalRoot) {
}
