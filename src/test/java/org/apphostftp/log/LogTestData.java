package org.apphostftp.log;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apphostftp.config.effective.CentralLogFileMode;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.LogField;
import org.apphostftp.config.effective.LogPeriod;
import org.apphostftp.config.effective.SelectiveLogging;

/** Settings and events the log tests share. */
final class LogTestData {

    /** IIS's default logExtFileFlags. */
    static final Set<LogField> DEFAULT_FIELDS = EnumSet.of(LogField.DATE, LogField.TIME, LogField.CLIENT_IP,
            LogField.USER_NAME, LogField.SERVER_IP, LogField.METHOD, LogField.URI_STEM, LogField.FTP_STATUS,
            LogField.WIN32_STATUS, LogField.SERVER_PORT, LogField.FTP_SUB_STATUS, LogField.SESSION, LogField.FULL_PATH);

    static final Set<SelectiveLogging> ALL_SELECTIVE = EnumSet.allOf(SelectiveLogging.class);

    static final String SESSION = "2cf9cd35-e364-4b1a-ab27-fe9050daa5ea";

    private LogTestData() {
    }

    static FtpSiteSettings.LogFile logFile(Path directory, LogPeriod period) {
        return logFile(directory, period, 20_971_520L, DEFAULT_FIELDS);
    }

    static FtpSiteSettings.LogFile logFile(Path directory, LogPeriod period, long truncateSize, Set<LogField> fields) {
        return new FtpSiteSettings.LogFile(true, directory, period, truncateSize, false, fields, ALL_SELECTIVE);
    }

    static GlobalSettings.CentralLog siteMode(Path directory) {
        return new GlobalSettings.CentralLog(CentralLogFileMode.SITE, true, logFile(directory, LogPeriod.DAILY));
    }

    static LogSettings perSite(Path directory, Map<Long, FtpSiteSettings.LogFile> sites) {
        return new LogSettings(siteMode(directory), sites);
    }

    static FtpLogEvent.Builder session(long siteId, Instant at) {
        return FtpLogEvent.builder().at(at).site(siteId).session(SESSION)
                .client("10.211.55.53", 50828).server("10.211.55.52", 21);
    }

    static FtpLogEvent command(long siteId, Instant at, String verb, String argument, int status) {
        return session(siteId, at).user("demo").command(verb, argument).status(status).build();
    }
}
