package org.apphostftp.log;

import java.nio.file.Path;
import org.apphostftp.config.effective.FtpSiteSettings;

/**
 * Where and how one log is written.
 *
 * @param folder   the folder holding the log files ({@code <directory>/FTPSVC<id>}, or {@code <directory>/FTPSVC})
 * @param settings the logFile (or centralLogFile) settings
 * @param utf8     system.ftpServer/log/@logInUTF8
 */
record LogTarget(Path folder, FtpSiteSettings.LogFile settings, boolean utf8) {

    /** Whether a file opened for {@code this} is still the right file for {@code other}. */
    boolean namesFilesLike(LogTarget other) {
        return folder.equals(other.folder) && utf8 == other.utf8
                && settings.period() == other.settings.period()
                && settings.truncateSize() == other.settings.truncateSize()
                && settings.localTimeRollover() == other.settings.localTimeRollover();
    }
}
