package org.apphostftp.config.effective;

import java.nio.file.Path;

/**
 * A folder of a site's FTP namespace.
 *
 * @param virtualPath  "/" for the site root, else "/a/b" (application path and virtual directory path joined)
 * @param physicalPath the folder on disk, absolute
 */
public record VirtualDirectory(String virtualPath, Path physicalPath) {
}
