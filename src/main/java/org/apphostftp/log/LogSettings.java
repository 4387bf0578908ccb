package org.apphostftp.log;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apphostftp.config.effective.CentralLogFileMode;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.SiteConfig;

/**
 * The logging part of a configuration: system.ftpServer/log and each FTP site's logFile.
 *
 * @param central the server-level log settings (mode, UTF-8, centralLogFile)
 * @param sites   site id → that site's logFile
 */
public record LogSettings(GlobalSettings.CentralLog central, Map<Long, FtpSiteSettings.LogFile> sites) {

    /** The folder of a site's log under logFile/@directory, as IIS names it. */
    public static final String SITE_FOLDER_PREFIX = "FTPSVC";

    public LogSettings {
        sites = Map.copyOf(sites);
    }

    public static LogSettings from(ServerConfig config) {
        Map<Long, FtpSiteSettings.LogFile> sites = new LinkedHashMap<>();
        for (SiteConfig site : config.sites()) {
            sites.put(site.id(), site.ftp().logFile());
        }
        return new LogSettings(config.global().log(), sites);
    }

    /** Site id → where its lines go, for the sites whose lines are written at all. */
    Map<Long, LogTarget> targets() {
        Map<Long, LogTarget> targets = new HashMap<>();
        if (central.mode() == CentralLogFileMode.CENTRAL) {
            FtpSiteSettings.LogFile log = central.centralLogFile();
            if (log.enabled()) {
                LogTarget shared = new LogTarget(log.directory().resolve(SITE_FOLDER_PREFIX), log, central.logInUtf8());
                sites.keySet().forEach(id -> targets.put(id, shared));
            }
            return targets;
        }
        sites.forEach((id, log) -> {
            if (log.enabled()) {
                targets.put(id, new LogTarget(log.directory().resolve(SITE_FOLDER_PREFIX + id), log, central.logInUtf8()));
            }
        });
        return targets;
    }
}
