package org.apphostftp.config.effective;

import java.util.List;
import org.apphostftp.config.location.Location;

/**
 * One FTP site (a site with at least one ftp binding), fully resolved.
 *
 * @param autoStart          both site/@serverAutoStart and ftpServer/@serverAutoStart are true
 * @param bindings           the ftp bindings only
 * @param virtualDirectories the namespace: "/" first, then every virtual directory
 * @param location           where the site is written (for messages)
 */
public record SiteConfig(
        String name,
        long id,
        boolean autoStart,
        List<FtpBinding> bindings,
        List<VirtualDirectory> virtualDirectories,
        FtpSiteSettings ftp,
        SitePolicies policies,
        Location location) {

    /** The root folder of the site. */
    public VirtualDirectory root() {
        return virtualDirectories.get(0);
    }
}
